using Glansrijk.Scan.Core.Content;

namespace Glansrijk.Scan.Core.Tests.Content;

/// <summary>A small, valid content folder in memory (path → text) that a test changes in one place
/// before loading it: two themed norms, a 2×2 checklist, two scales, two domains and one article.</summary>
public sealed class ContentFiles
{
    public const string Scales = "instruments/scales.yml";
    public const string Norms = "instruments/normen/instrument.md";
    public const string FirstNorm = "instruments/normen/norm-01.md";
    public const string SecondNorm = "instruments/normen/norm-02.md";
    public const string Checklist = "instruments/route/instrument.md";
    public const string Domains = "domains.yml";
    public const string KnowledgeBaseIndex = "kennisbank/index.yml";
    public const string Article = "kennisbank/ambitie.md";

    private readonly Dictionary<string, string> _files;

    private ContentFiles(Dictionary<string, string> files) => _files = files;

    public static ContentFiles Valid() => new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Scales] = """
            scales:
              - id: punten
                name: Punten
                options:
                  - code: "1"
                    label: Nog niet
                    score: 1
                  - code: "2"
                    label: Volledig
                    score: 2
                  - code: weet-niet
                    label: Weet ik niet
                    score: null
              - id: status
                name: Status
                options:
                  - code: klaar
                    label: Klaar
                    score: 2
                  - code: nog-niet
                    label: Nog niet
                    score: 1
            """,
        [Norms] = """
            ---
            id: normen
            name: Normen
            order: 1
            scale: punten
            itemCount: 2
            themes:
              - code: A
                title: Visie
              - code: B
                title: Uitvoering
            ---
            Inleiding bij de normen.
            """,
        [FirstNorm] = """
            ---
            id: norm-01
            number: 1
            theme: A
            title: Ambitie
            question: Delen wij een ambitie?
            kennisbank: [ambitie]
            ---
            Uitleg bij de eerste norm.
            """,
        [SecondNorm] = """
            ---
            id: norm-02
            number: 2
            theme: B
            title: Uitvoering
            question: Voeren wij uit wat we afspreken?
            kennisbank: [ambitie]
            ---
            Uitleg bij de tweede norm.
            """,
        [Checklist] = """
            ---
            id: route
            name: Route
            order: 2
            scale: status
            itemCount: 5
            levels:
              - code: bestuurlijk
                title: Bestuurlijk
              - code: operationeel
                title: Operationeel
            phases:
              - code: voorbereiden
                title: Voorbereiden
              - code: uitvoeren
                title: Uitvoeren
            items:
              - id: route-1
                level: bestuurlijk
                phase: voorbereiden
                title: Opdracht gegeven
              - id: route-2
                level: bestuurlijk
                phase: voorbereiden
                title: Regisseur aangesteld
              - id: route-3
                level: bestuurlijk
                phase: uitvoeren
                title: Voortgang besproken
              - id: route-4
                level: operationeel
                phase: voorbereiden
                title: Team samengesteld
              - id: route-5
                level: operationeel
                phase: uitvoeren
                title: Casussen besproken
            ---
            Inleiding bij de route.
            """,
        [Domains] = """
            domains:
              - id: onderwijs
                name: Onderwijs
                description: Scholen.
              - id: zorg
                name: Zorg
                description: Zorgaanbieders.
            """,
        [KnowledgeBaseIndex] = """
            themes:
              - code: visie
                title: Visie
              - code: uitvoering
                title: Uitvoering
            types:
              - code: norm
                title: Uitleg bij een norm
              - code: achtergrond
                title: Achtergrond
            """,
        [Article] = """
            ---
            title: Een gedeelde ambitie
            summary: Waarom een gedeelde ambitie helpt.
            type: norm
            themes: [visie]
            norms: [norm-01]
            reviewed: 2026-11-24
            sources:
              - title: Kwaliteitskader
            ---
            Tekst van het artikel.
            """,
    });

    public ContentFiles With(string path, string text)
    {
        _files[path] = text;
        return this;
    }

    public ContentFiles Without(string path)
    {
        Assert.True(_files.Remove(path), $"{path} is not in the test content.");
        return this;
    }

    /// <summary>Replaces one exact piece of a file's text; fails when that text is not there, so a
    /// test can never break nothing by accident.</summary>
    public ContentFiles Replace(string path, string oldText, string newText)
    {
        Assert.Contains(oldText, _files[path], StringComparison.Ordinal);
        _files[path] = _files[path].Replace(oldText, newText, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Removes the first line that starts with "<paramref name="field"/>:", with any more
    /// deeply indented lines below it (the field's list or mapping).</summary>
    public ContentFiles WithoutField(string path, string field)
    {
        var lines = _files[path].Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(start >= 0, $"{path} has no field '{field}'.");

        var indent = Indentation(lines[start]);
        var end = start + 1;
        while (end < lines.Count && Indentation(lines[end]) > indent && lines[end].Trim() != "---")
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        _files[path] = string.Join('\n', lines);
        return this;
    }

    public ContentCatalog Load() => ContentCatalog.Load(_files.Select(f => new ContentFile(f.Key, f.Value)));

    /// <summary>Loads the files, expecting them to be refused, and returns every problem found.</summary>
    public IReadOnlyList<ContentError> LoadErrors() => Assert.Throws<InvalidContentException>(() => Load()).Errors;

    private static int Indentation(string line) => line.Length - line.TrimStart().Length;
}
