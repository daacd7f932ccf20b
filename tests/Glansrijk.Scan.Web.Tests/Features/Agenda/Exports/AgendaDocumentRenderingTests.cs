using System.Diagnostics;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

/// <summary>Renders the Word document with LibreOffice, as a municipality without Word would open it, and reads the
/// PDF back with poppler. tests/run.sh installs both (libreoffice-writer-nogui, poppler-utils).</summary>
public sealed partial class AgendaDocumentRenderingTests
{
    [Fact]
    public async Task LibreOffice_renders_the_document_with_title_actions_and_trekkers()
    {
        var report = SampleAgenda.Closed().Report();
        var folder = Directory.CreateTempSubdirectory("glansrijk-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, $"{report.FileStem}.docx");
            // To look at the pages: GLANSRIJK_RENDER_FOLDER=/tmp/x dotnet test …, then pdftoppm -r 60 -png on the PDF there.
            if (Environment.GetEnvironmentVariable("GLANSRIJK_RENDER_FOLDER") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                docx = Path.Combine(keep, $"{report.FileStem}.docx");
            }

            await File.WriteAllBytesAsync(docx, AgendaDocument.Write(report));

            await RunAsync("soffice",
                $"-env:UserInstallation=file://{folder.FullName}/profiel", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", Path.GetDirectoryName(docx)!, docx);
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(File.Exists(pdf), "LibreOffice made no PDF.");

            // Reading order rather than layout: a title that wraps inside a table cell stays one phrase.
            var text = Regex.Replace(await RunAsync("pdftotext", pdf, "-"), @"\s+", " ");
            Assert.Contains("Verbeteragenda Drechtsteden 2027", text, StringComparison.Ordinal);
            Assert.Contains("Jongeren van 16 tot 27 jaar samen in beeld", text, StringComparison.Ordinal);
            Assert.Contains("Sanne Bakker", text, StringComparison.Ordinal);
            Assert.Contains("10 februari 2027", text, StringComparison.Ordinal);

            var pages = int.Parse(PagesLine().Match(await RunAsync("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(pages >= 1, $"The PDF has {pages} pages.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed; tests/run.sh installs libreoffice-writer-nogui and poppler-utils.", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"{program} failed: {await errors}");
            return await output;
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
