namespace Glansrijk.Scan.Core.Tests.Content;

public static class ContentAssert
{
    /// <summary>One failing file, one message: the content is refused with exactly one problem, in
    /// <paramref name="file"/>, worded with all of <paramref name="words"/>.</summary>
    public static void RefusedWithOneProblem(ContentFiles files, string file, params string[] words)
    {
        var error = Assert.Single(files.LoadErrors());
        Assert.Equal(file, error.File);
        foreach (var word in words)
        {
            Assert.Contains(word, error.Problem, StringComparison.Ordinal);
        }
    }
}
