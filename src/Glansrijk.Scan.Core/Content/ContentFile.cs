namespace Glansrijk.Scan.Core.Content;

/// <summary>The text of one content file, with its path relative to the content folder ("instruments/scales.yml").
/// The host reads files from disk; the domain only sees their text.</summary>
public sealed record ContentFile(string Path, string Text);

/// <summary>One problem in one content file, worded for the person who edits the content.</summary>
public sealed record ContentError(string File, string Problem)
{
    public override string ToString() => $"content/{File}: {Problem}";
}

/// <summary>Thrown when content is invalid; the app refuses to start and shows every problem found.</summary>
public sealed class InvalidContentException : Exception
{
    public InvalidContentException(IReadOnlyList<ContentError> errors)
        : base("De inhoud in content/ is ongeldig:" + Environment.NewLine +
               string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentError> Errors { get; }
}
