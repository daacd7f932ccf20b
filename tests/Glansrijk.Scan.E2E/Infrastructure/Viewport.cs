namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>The screens the app is made for: participants' tablets and the meeting room's beamer.</summary>
public enum Viewport
{
    Tablet,
    Beamer,
}

public static class Viewports
{
    public static ViewportSize Size(this Viewport viewport) => viewport switch
    {
        Viewport.Tablet => new ViewportSize { Width = 1024, Height = 768 },
        Viewport.Beamer => new ViewportSize { Width = 1920, Height = 1080 },
        _ => throw new ArgumentOutOfRangeException(nameof(viewport), viewport, null),
    };

    /// <summary>The viewport a page was opened at, for file names and messages.</summary>
    public static string NameOf(IPage page)
    {
        var size = page.ViewportSize;
        var known = Enum.GetValues<Viewport>().Where(v => v.Size().Width == size?.Width && v.Size().Height == size?.Height).ToList();
        return known.Count == 1 ? known[0].ToString().ToLowerInvariant() : $"{size?.Width}x{size?.Height}";
    }
}
