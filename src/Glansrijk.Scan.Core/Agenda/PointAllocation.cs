namespace Glansrijk.Scan.Core.Agenda;

/// <summary>The points one seat gave one norm while prioritising; never zero.</summary>
public sealed class PointAllocation
{
    private PointAllocation()
    {
    }

    internal PointAllocation(Guid seatId, string normId, int points, DateTime at)
    {
        SeatId = seatId;
        NormId = normId;
        Points = points;
        At = at;
    }

    public Guid SeatId { get; private set; }
    public string NormId { get; private set; } = "";
    public int Points { get; private set; }
    public DateTime At { get; private set; }
}

/// <summary>A norm's place in the ranking. Norms with equal points share a rank (1, 1, 3); among them the norm order
/// of the instrument decides who is listed first.</summary>
public sealed record NormPoints(string NormId, int Points, int Givers, int Rank);
