namespace Glansrijk.Scan.Core.Instruments;

/// <summary>A code and a display title: a theme of norms, or a level or phase of the checklist.</summary>
public sealed record Category(string Code, string Title);

/// <summary>One thing the group scores: a norm with its reflection question, or a checklist item.
/// Norms belong to a <see cref="Theme"/>; checklist items sit in a <see cref="Level"/> × <see cref="Phase"/> cell.</summary>
public sealed record Item(
    string Id,
    int Number,
    string Title,
    string? Question,
    string Explanation,
    string? Theme,
    string? Level,
    string? Phase,
    IReadOnlyList<string> KnowledgeBaseSlugs);
