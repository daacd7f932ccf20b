namespace Glansrijk.Scan.Core.Instruments;

/// <summary>A list of items answered on one scale. The live engine runs any instrument; it knows
/// nothing about norms or checklists beyond their grouping.</summary>
public sealed class Instrument
{
    public Instrument(
        string id,
        string name,
        int order,
        string introduction,
        Scale scale,
        IReadOnlyList<Category> themes,
        IReadOnlyList<Category> levels,
        IReadOnlyList<Category> phases,
        IReadOnlyList<Item> items)
    {
        Id = id;
        Name = name;
        Order = order;
        Introduction = introduction;
        Scale = scale;
        Themes = themes;
        Levels = levels;
        Phases = phases;
        Items = items;
    }

    public string Id { get; }
    public string Name { get; }
    public int Order { get; }
    /// <summary>Markdown.</summary>
    public string Introduction { get; }
    public Scale Scale { get; }
    public IReadOnlyList<Category> Themes { get; }
    public IReadOnlyList<Category> Levels { get; }
    public IReadOnlyList<Category> Phases { get; }
    public IReadOnlyList<Item> Items { get; }

    /// <summary>True for a level × phase checklist such as the route doorontwikkeling.</summary>
    public bool IsMatrix => Levels.Count > 0 && Phases.Count > 0;

    public Item? Find(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    public IEnumerable<Item> ItemsInTheme(string themeCode) => Items.Where(i => i.Theme == themeCode);

    public IEnumerable<Item> ItemsIn(string levelCode, string phaseCode) =>
        Items.Where(i => i.Level == levelCode && i.Phase == phaseCode);
}
