using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Glansrijk.Scan.Core.Content;

/// <summary>Reads content files into a <see cref="ContentCatalog"/>, collecting every problem with the
/// file it was found in, so an editor can fix them all in one go.</summary>
internal sealed class ContentCatalogReader
{
    public const string DomainsFile = "domains.yml";
    public const string ScalesFile = "instruments/scales.yml";
    public const string InstrumentFileName = "instrument.md";
    public const string KnowledgeBaseIndexFile = "kennisbank/index.yml";
    public const string IndicatorsFolder = "indicators/";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private readonly Dictionary<string, ContentFile> _files;
    private readonly List<ContentError> _errors = [];

    // False once an instrument or an item could not be read: a norm an article names may then be in
    // that broken file, so it is judged only when the file is fixed rather than called unknown now.
    private bool _allItemsKnown = true;

    public ContentCatalogReader(IEnumerable<ContentFile> files)
    {
        _files = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _files[file.Path.Replace('\\', '/')] = file with { Path = file.Path.Replace('\\', '/') };
        }
    }

    public ContentCatalog Read()
    {
        var domains = ReadDomains();
        var scales = ReadScales();
        var instruments = ReadInstruments(scales);
        var (themes, types) = ReadKnowledgeBaseIndex();
        var articles = ReadArticles(instruments, themes, types);
        CheckItemLinksToArticles(instruments);
        var indicatorTemplates = ReadIndicatorTemplates(instruments);

        if (_errors.Count > 0)
        {
            throw new InvalidContentException(_errors);
        }

        return new ContentCatalog(instruments, domains, articles, themes, types, indicatorTemplates);
    }

    private List<Domain> ReadDomains()
    {
        var document = ReadYamlFile<DomainsDocument>(DomainsFile);
        if (document is null)
        {
            return [];
        }

        if (document.Domains is not { Count: > 0 })
        {
            Error(DomainsFile, "de lijst 'domains' ontbreekt of is leeg.");
            return [];
        }

        var domains = new List<Domain>();
        foreach (var (entry, index) in document.Domains.Select((d, i) => (d, i + 1)))
        {
            var where = $"domein {index}";
            var id = Required(DomainsFile, entry.Id, "id", where);
            var name = Required(DomainsFile, entry.Name, "name", where);
            var description = Required(DomainsFile, entry.Description, "description", where);
            if (id is null || name is null || description is null)
            {
                continue;
            }

            if (domains.Any(d => d.Id == id))
            {
                Error(DomainsFile, $"het id '{id}' komt twee keer voor.");
                continue;
            }

            domains.Add(new Domain(id, name, description));
        }

        return domains;
    }

    private Dictionary<string, Scale> ReadScales()
    {
        var scales = new Dictionary<string, Scale>(StringComparer.Ordinal);
        var document = ReadYamlFile<ScalesDocument>(ScalesFile);
        if (document is null)
        {
            return scales;
        }

        foreach (var (entry, index) in (document.Scales ?? []).Select((s, i) => (s, i + 1)))
        {
            var id = Required(ScalesFile, entry.Id, "id", $"schaal {index}");
            var name = Required(ScalesFile, entry.Name, "name", $"schaal {index}");
            if (id is null || name is null)
            {
                continue;
            }

            if (scales.ContainsKey(id))
            {
                Error(ScalesFile, $"het id '{id}' komt twee keer voor.");
                continue;
            }

            var options = new List<ScaleOption>();
            foreach (var (option, optionIndex) in (entry.Options ?? []).Select((o, i) => (o, i + 1)))
            {
                var where = $"schaal '{id}', antwoord {optionIndex}";
                var code = Required(ScalesFile, option.Code, "code", where);
                var label = Required(ScalesFile, option.Label, "label", where);
                if (code is null || label is null)
                {
                    continue;
                }

                if (options.Any(o => o.Code == code))
                {
                    Error(ScalesFile, $"schaal '{id}': de antwoordcode '{code}' komt twee keer voor.");
                    continue;
                }

                options.Add(new ScaleOption(code, label, option.Description?.Trim() ?? "", option.Score));
            }

            if (!options.Any(o => o.Counts))
            {
                Error(ScalesFile, $"schaal '{id}' heeft geen antwoord met een score; er valt dan niets te tellen.");
                continue;
            }

            scales[id] = new Scale(id, name, options);
        }

        if (scales.Count == 0 && !HasErrorsIn(ScalesFile))
        {
            Error(ScalesFile, "de lijst 'scales' ontbreekt of is leeg.");
        }

        return scales;
    }

    private List<Instrument> ReadInstruments(Dictionary<string, Scale> scales)
    {
        var instruments = new List<Instrument>();
        var folders = _files.Keys
            .Where(p => p.StartsWith("instruments/", StringComparison.Ordinal) && p.EndsWith("/" + InstrumentFileName, StringComparison.Ordinal))
            .Select(p => p[..^(InstrumentFileName.Length + 1)])
            .Order(StringComparer.Ordinal)
            .ToList();

        if (folders.Count == 0)
        {
            Error("instruments/", $"geen enkel instrument gevonden (een map met een bestand {InstrumentFileName}).");
        }

        foreach (var folder in folders)
        {
            var instrument = ReadInstrument(folder, scales);
            if (instrument is null)
            {
                _allItemsKnown = false;
                continue;
            }

            if (instruments.Any(i => i.Id == instrument.Id))
            {
                Error($"{folder}/{InstrumentFileName}", $"het instrument-id '{instrument.Id}' wordt al door een ander instrument gebruikt.");
                _allItemsKnown = false;
                continue;
            }

            instruments.Add(instrument);
        }

        return [.. instruments.OrderBy(i => i.Order)];
    }

    private Instrument? ReadInstrument(string folder, Dictionary<string, Scale> scales)
    {
        var path = $"{folder}/{InstrumentFileName}";
        if (ReadMarkdownFile<InstrumentDocument>(path) is not var (document, introduction) || document is null)
        {
            return null;
        }

        var id = Required(path, document.Id, "id");
        var name = Required(path, document.Name, "name");
        var scaleId = Required(path, document.Scale, "scale");
        if (document.ItemCount is null)
        {
            Error(path, "het veld 'itemCount' ontbreekt.");
        }

        Scale? scale = null;
        if (scaleId is not null && !scales.TryGetValue(scaleId, out scale) && !HasErrorsIn(ScalesFile))
        {
            Error(path, $"onbekende schaal '{scaleId}'; bekend zijn: {string.Join(", ", scales.Keys)}.");
        }

        var themes = ReadCategories(path, document.Themes, "themes");
        var levels = ReadCategories(path, document.Levels, "levels");
        var phases = ReadCategories(path, document.Phases, "phases");
        if (levels.Count > 0 != phases.Count > 0)
        {
            Error(path, "een checklist heeft zowel 'levels' als 'phases' nodig.");
        }

        var items = new List<(Item Item, string File)>();
        foreach (var (entry, index) in (document.Items ?? []).Select((d, i) => (d, i + 1)))
        {
            if (ReadItem(path, entry, "", requireQuestion: false, fallbackNumber: index) is { } item)
            {
                items.Add((item, path));
            }
        }

        var itemFiles = _files.Keys
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) && p != path)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var itemPath in itemFiles)
        {
            if (ReadMarkdownFile<ItemDocument>(itemPath) is var (itemDocument, explanation) && itemDocument is not null &&
                ReadItem(itemPath, itemDocument, explanation, requireQuestion: true, fallbackNumber: null) is { } item)
            {
                items.Add((item, itemPath));
            }
        }

        // An item that could not be read has been reported in its own file. It still counts as found,
        // and the checklist cells are only judged once every item is read, so one mistake gives one message.
        var found = (document.Items?.Count ?? 0) + itemFiles.Count;
        CheckItems(items, themes, levels, phases);
        if (items.Count == found)
        {
            CheckCells(path, items, levels, phases);
        }
        else
        {
            _allItemsKnown = false;
        }

        if (document.ItemCount is { } expected && expected != found)
        {
            Error(path, $"'itemCount' is {expected}, maar er zijn {found} items gevonden.");
        }

        if (id is null || name is null || scale is null)
        {
            return null;
        }

        return new Instrument(
            id, name, document.Order ?? 0, introduction, scale, themes, levels, phases,
            [.. items.Select(i => i.Item).OrderBy(i => i.Number)]);
    }

    private Item? ReadItem(string path, ItemDocument document, string explanation, bool requireQuestion, int? fallbackNumber)
    {
        var where = document.Id is null ? (fallbackNumber is { } n ? $"item {n}" : null) : $"item '{document.Id}'";
        var id = Required(path, document.Id, "id", where);
        var title = Required(path, document.Title, "title", where);
        var question = requireQuestion ? Required(path, document.Question, "question", where) : document.Question;
        var number = document.Number ?? fallbackNumber;
        if (number is null)
        {
            Error(path, $"het veld 'number' ontbreekt{(where is null ? "" : $" ({where})")}.");
        }

        if (id is null || title is null || number is null || (requireQuestion && question is null))
        {
            return null;
        }

        return new Item(id, number.Value, title, question, explanation, document.Theme, document.Level, document.Phase, document.Kennisbank ?? []);
    }

    private void CheckItems(
        List<(Item Item, string File)> items,
        List<Category> themes,
        List<Category> levels,
        List<Category> phases)
    {
        foreach (var group in items.GroupBy(i => i.Item.Id).Where(g => g.Count() > 1))
        {
            Error(group.Last().File, $"het item-id '{group.Key}' komt meer dan eens voor in dit instrument.");
        }

        foreach (var (item, file) in items)
        {
            if (themes.Count > 0 && !themes.Any(t => t.Code == item.Theme))
            {
                Error(file, $"item '{item.Id}': onbekend thema '{item.Theme}'; kies uit {string.Join(", ", themes.Select(t => t.Code))}.");
            }

            if (levels.Count > 0 && !levels.Any(l => l.Code == item.Level))
            {
                Error(file, $"item '{item.Id}': onbekend niveau '{item.Level}'.");
            }

            if (phases.Count > 0 && !phases.Any(p => p.Code == item.Phase))
            {
                Error(file, $"item '{item.Id}': onbekende fase '{item.Phase}'.");
            }
        }
    }

    private void CheckCells(string instrumentPath, List<(Item Item, string File)> items, List<Category> levels, List<Category> phases)
    {
        foreach (var level in levels)
        {
            foreach (var phase in phases.Where(phase => !items.Any(i => i.Item.Level == level.Code && i.Item.Phase == phase.Code)))
            {
                Error(instrumentPath, $"de cel niveau '{level.Title}' × fase '{phase.Title}' heeft geen enkel item.");
            }
        }
    }

    private (List<Category> Themes, List<Category> Types) ReadKnowledgeBaseIndex()
    {
        var document = ReadYamlFile<KnowledgeBaseIndexDocument>(KnowledgeBaseIndexFile);
        if (document is null)
        {
            return ([], []);
        }

        var themes = ReadCategories(KnowledgeBaseIndexFile, document.Themes, "themes");
        var types = ReadCategories(KnowledgeBaseIndexFile, document.Types, "types");
        if (themes.Count == 0 || types.Count == 0)
        {
            Error(KnowledgeBaseIndexFile, "de lijsten 'themes' en 'types' zijn allebei nodig.");
        }

        return (themes, types);
    }

    private List<Article> ReadArticles(List<Instrument> instruments, List<Category> themes, List<Category> types)
    {
        var articles = new List<Article>();
        var articlePaths = _files.Keys
            .Where(p => p.StartsWith("kennisbank/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        foreach (var path in articlePaths)
        {
            if (ReadMarkdownFile<ArticleDocument>(path) is not var (document, body) || document is null)
            {
                continue;
            }

            var slug = path["kennisbank/".Length..^".md".Length];
            var title = Required(path, document.Title, "title");
            var summary = Required(path, document.Summary, "summary");
            var type = Required(path, document.Type, "type");
            var reviewedText = Required(path, document.Reviewed, "reviewed");
            if (document.Sources is not { Count: > 0 } || document.Sources.Any(s => string.IsNullOrWhiteSpace(s.Title)))
            {
                Error(path, "het veld 'sources' ontbreekt of een bron heeft geen 'title'; elk artikel noemt zijn bronnen.");
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                Error(path, "het artikel heeft geen tekst.");
            }

            if (type is not null && types.Count > 0 && !types.Any(t => t.Code == type))
            {
                Error(path, $"onbekend type '{type}'; kies uit {string.Join(", ", types.Select(t => t.Code))}.");
            }

            foreach (var theme in (document.Themes ?? []).Where(t => themes.Count > 0 && !themes.Any(known => known.Code == t)))
            {
                Error(path, $"onbekend thema '{theme}'; kies uit {string.Join(", ", themes.Select(t => t.Code))}.");
            }

            foreach (var norm in (document.Norms ?? []).Where(n => _allItemsKnown && !instruments.Any(i => i.Find(n) is not null)))
            {
                Error(path, $"verwijst naar een onbekende norm '{norm}'.");
            }

            DateOnly reviewed = default;
            if (reviewedText is not null && !DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
            {
                Error(path, $"'reviewed' moet een datum zijn als 2026-11-24, niet '{reviewedText}'.");
            }

            if (title is null || summary is null || type is null)
            {
                continue;
            }

            articles.Add(new Article(
                slug, title, summary.Trim(), type, document.Themes ?? [], document.Norms ?? [], reviewed,
                [.. (document.Sources ?? []).Select(s => new ArticleSource(s.Title ?? "", s.Url))], body, path));
        }

        return articles;
    }

    /// <summary>An article whose file is there but has problems of its own is not unknown: those
    /// problems are reported in its file, not again at every item that links to it.</summary>
    private void CheckItemLinksToArticles(List<Instrument> instruments)
    {
        foreach (var instrument in instruments)
        {
            foreach (var item in instrument.Items)
            {
                foreach (var slug in item.KnowledgeBaseSlugs.Where(s => !_files.ContainsKey($"kennisbank/{s}.md")))
                {
                    Error(FileOfItem(instrument, item), $"item '{item.Id}' verwijst naar een onbekend kennisbankartikel '{slug}'.");
                }
            }
        }
    }

    /// <summary>content/indicators/*.md: optional as a folder, but every file in it must be complete.</summary>
    private List<IndicatorTemplate> ReadIndicatorTemplates(List<Instrument> instruments)
    {
        var templates = new List<IndicatorTemplate>();
        var paths = _files.Keys
            .Where(p => p.StartsWith(IndicatorsFolder, StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (ReadMarkdownFile<IndicatorTemplateDocument>(path) is not var (document, body) || document is null)
            {
                continue;
            }

            var name = Required(path, document.Name, "name");
            var counts = Required(path, document.Counts, "counts");
            var source = Required(path, document.Source, "source");
            var responsible = Required(path, document.Responsible, "responsible");
            if (!IndicatorWords.TryUnit(document.Unit, out var unit))
            {
                Error(path, $"onbekende eenheid '{document.Unit}'; kies uit {string.Join(", ", Enum.GetValues<IndicatorUnit>().Select(u => u.Code()))}.");
            }

            if (!IndicatorWords.TryFrequency(document.Frequency, out var frequency))
            {
                Error(path, $"onbekende frequentie '{document.Frequency}'; kies uit {string.Join(", ", Enum.GetValues<MeasurementFrequency>().Select(f => f.Code()))}.");
            }

            if (!IndicatorWords.TryLevel(document.Level, out var level))
            {
                Error(path, $"onbekend niveau '{document.Level}'; kies uit {string.Join(", ", Enum.GetValues<IndicatorLevel>().Select(l => l.Code()))}.");
            }

            foreach (var norm in (document.Norms ?? []).Where(n => _allItemsKnown && !instruments.Any(i => i.Find(n) is not null)))
            {
                Error(path, $"verwijst naar een onbekende norm '{norm}'.");
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                Error(path, "de indicator heeft geen uitleg; schrijf onder de front matter wat het cijfer zegt.");
            }

            if (name is { Length: > Indicator.MaxNameLength } || source is { Length: > Indicator.MaxNameLength } || responsible is { Length: > Indicator.MaxNameLength })
            {
                Error(path, $"'name', 'source' en 'responsible' zijn hoogstens {Indicator.MaxNameLength} tekens.");
            }

            if (HasErrorsIn(path) || name is null || counts is null || source is null || responsible is null)
            {
                continue;
            }

            templates.Add(new IndicatorTemplate(
                path[IndicatorsFolder.Length..^".md".Length], name, counts, unit, source, responsible, frequency, level, document.Norms ?? [], body));
        }

        return templates;
    }

    private string FileOfItem(Instrument instrument, Item item) =>
        _files.Keys.FirstOrDefault(p => p.StartsWith("instruments/", StringComparison.Ordinal) && p.EndsWith($"/{item.Id}.md", StringComparison.Ordinal))
        ?? $"instruments/{instrument.Id}/{InstrumentFileName}";

    private List<Category> ReadCategories(string path, List<CategoryDocument>? documents, string field)
    {
        var categories = new List<Category>();
        foreach (var (entry, index) in (documents ?? []).Select((c, i) => (c, i + 1)))
        {
            var code = Required(path, entry.Code, "code", $"{field} {index}");
            var title = Required(path, entry.Title, "title", $"{field} {index}");
            if (code is null || title is null)
            {
                continue;
            }

            if (categories.Any(c => c.Code == code))
            {
                Error(path, $"de code '{code}' komt twee keer voor in '{field}'.");
                continue;
            }

            categories.Add(new Category(code, title));
        }

        return categories;
    }

    private T? ReadYamlFile<T>(string path)
        where T : class
    {
        if (!_files.TryGetValue(path, out var file))
        {
            Error(path, "dit bestand ontbreekt.");
            return null;
        }

        return Deserialize<T>(path, file.Text);
    }

    private (T? Document, string Body)? ReadMarkdownFile<T>(string path)
        where T : class
    {
        var file = _files[path];
        if (!FrontMatter.TrySplit(file.Text, out var yaml, out var body))
        {
            Error(path, "het bestand begint niet met front matter tussen twee regels '---'.");
            return null;
        }

        return (Deserialize<T>(path, yaml), body);
    }

    private T? Deserialize<T>(string path, string yaml)
        where T : class
    {
        try
        {
            var document = Yaml.Deserialize<T>(yaml);
            if (document is null)
            {
                Error(path, "het bestand is leeg.");
            }

            return document;
        }
        catch (YamlException exception)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            Error(path, $"ongeldige YAML of onbekend veld op regel {exception.Start.Line}: {reason}");
            return null;
        }
    }

    private string? Required(string path, string? value, string field, string? where = null)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(path, $"het veld '{field}' ontbreekt{(where is null ? "" : $" ({where})")}.");
        return null;
    }

    private bool HasErrorsIn(string path) => _errors.Any(e => e.File == path);

    private void Error(string path, string problem) => _errors.Add(new ContentError(path, problem));
}
