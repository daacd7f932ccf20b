namespace Glansrijk.Scan.Core.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two "---" lines at the top) and its body.</summary>
public static class FrontMatter
{
    public static bool TrySplit(string text, out string yaml, out string body)
    {
        yaml = "";
        body = "";
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }

        var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var afterMarker = normalised.IndexOf('\n', end + 4);
        yaml = normalised[4..(end + 1)];
        body = afterMarker < 0 ? "" : normalised[(afterMarker + 1)..].Trim();
        return true;
    }
}
