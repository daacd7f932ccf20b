namespace Glansrijk.Scan.Core.Instruments;

/// <summary>One answer a participant can give. <see cref="Score"/> is null for answers such as
/// "Weet ik niet" that are recorded but never counted in a median or spread.</summary>
public sealed record ScaleOption(string Code, string Label, string Description, int? Score)
{
    public bool Counts => Score is not null;
}

/// <summary>The answer scale of an instrument, e.g. 1 "Nog niet" … 4 "Volledig" plus "Weet ik niet".</summary>
public sealed record Scale(string Id, string Name, IReadOnlyList<ScaleOption> Options)
{
    public ScaleOption? Find(string code) => Options.FirstOrDefault(o => o.Code == code);

    public IEnumerable<ScaleOption> CountedOptions => Options.Where(o => o.Counts);
}
