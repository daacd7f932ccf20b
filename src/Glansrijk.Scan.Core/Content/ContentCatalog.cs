using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;

namespace Glansrijk.Scan.Core.Content;

/// <summary>Everything in content/, validated: instruments with their scales, the domains and the
/// knowledge base. Built once at start-up; immutable afterwards.</summary>
public sealed class ContentCatalog
{
    internal ContentCatalog(
        IReadOnlyList<Instrument> instruments,
        IReadOnlyList<Domain> domains,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Category> knowledgeBaseThemes,
        IReadOnlyList<Category> knowledgeBaseTypes,
        IReadOnlyList<IndicatorTemplate> indicatorTemplates)
    {
        IndicatorTemplates = indicatorTemplates;
        Instruments = instruments;
        Domains = domains;
        Articles = articles;
        KnowledgeBaseThemes = knowledgeBaseThemes;
        KnowledgeBaseTypes = knowledgeBaseTypes;
    }

    public IReadOnlyList<Instrument> Instruments { get; }
    public IReadOnlyList<Domain> Domains { get; }
    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<Category> KnowledgeBaseThemes { get; }
    public IReadOnlyList<Category> KnowledgeBaseTypes { get; }

    /// <summary>Ready-made indicators (content/indicators/), in file order.</summary>
    public IReadOnlyList<IndicatorTemplate> IndicatorTemplates { get; }

    public IndicatorTemplate? FindIndicatorTemplate(string id) => IndicatorTemplates.FirstOrDefault(t => t.Id == id);

    /// <summary>Parses and validates all files; throws <see cref="InvalidContentException"/> listing every problem.</summary>
    public static ContentCatalog Load(IEnumerable<ContentFile> files) => new ContentCatalogReader(files).Read();

    public Instrument? FindInstrument(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    public Article? FindArticle(string slug) => Articles.FirstOrDefault(a => a.Slug == slug);

    public Domain? FindDomain(string id) => Domains.FirstOrDefault(d => d.Id == id);

    /// <summary>Finds an item in any instrument, with the instrument it belongs to.</summary>
    public (Instrument Instrument, Item Item)? FindItem(string itemId)
    {
        foreach (var instrument in Instruments)
        {
            if (instrument.Find(itemId) is { } item)
            {
                return (instrument, item);
            }
        }

        return null;
    }

    /// <summary>The articles that name this norm among their related norms.</summary>
    public IEnumerable<Article> ArticlesAbout(string itemId) => Articles.Where(a => a.Norms.Contains(itemId));
}
