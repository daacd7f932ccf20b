using Glansrijk.Scan.Core.Content;

namespace Glansrijk.Scan.Core.Tests.Content;

/// <summary>The content/ folder that ships with the app: it loads, and it has the shape the pages expect.</summary>
public sealed class RealContentTests
{
    private static ContentCatalog Catalog => RealContent.Catalog;

    [Fact]
    public void The_quality_norms_are_fifteen_norms_in_six_themes()
    {
        var norms = Catalog.FindInstrument("kwaliteitsnormen")!;

        Assert.Equal(15, norms.Items.Count);
        Assert.Equal(6, norms.Themes.Count);
        Assert.All(norms.Themes, theme => Assert.NotEmpty(norms.ItemsInTheme(theme.Code)));
    }

    [Fact]
    public void The_route_is_a_three_by_four_checklist_with_every_cell_filled()
    {
        var route = Catalog.FindInstrument("route-doorontwikkeling")!;

        Assert.True(route.IsMatrix);
        Assert.Equal(3, route.Levels.Count);
        Assert.Equal(4, route.Phases.Count);
        Assert.All(
            route.Levels.SelectMany(level => route.Phases.Select(phase => (level, phase))),
            cell => Assert.NotEmpty(route.ItemsIn(cell.level.Code, cell.phase.Code)));
    }

    [Fact]
    public void Every_norm_question_asks_one_thing_that_one_score_can_answer()
    {
        var norms = Catalog.FindInstrument("kwaliteitsnormen")!;

        // "…, en …?" joins two questions: a manager who agrees with one half cannot give one honest score.
        Assert.All(norms.Items, norm =>
        {
            var question = Assert.IsType<string>(norm.Question);
            Assert.DoesNotContain(", en ", question, StringComparison.Ordinal);
            Assert.Equal(1, question.Count(c => c == '?'));
        });
    }

    [Fact]
    public void There_are_six_domains()
    {
        Assert.Equal(6, Catalog.Domains.Count);
    }

    [Fact]
    public void Every_norm_links_at_least_one_article()
    {
        var norms = Catalog.FindInstrument("kwaliteitsnormen")!;

        Assert.All(norms.Items, norm => Assert.NotEmpty(norm.KnowledgeBaseSlugs));
    }
}
