using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Core.Tests.Agenda;

/// <summary>An agenda for a table of chair, initiator and two participants, with norm-01..norm-04 of which the tool
/// proposed norm-02 and norm-03.</summary>
internal sealed class AgendaBuilder
{
    public static readonly DateTime Now = new(2026, 4, 14, 14, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = new(2026, 4, 14);

    public Guid Chair { get; } = Guid.NewGuid();
    public Guid Initiator { get; } = Guid.NewGuid();
    public Guid Anna { get; } = Guid.NewGuid();
    public Guid Bram { get; } = Guid.NewGuid();
    public ImprovementAgenda Agenda { get; }

    private AgendaBuilder()
    {
        Agenda = ImprovementAgenda.Start(
            Guid.NewGuid(), ["norm-01", "norm-02", "norm-03", "norm-04"], ["norm-02", "norm-03"], [Anna, Bram], Chair, Initiator, Now);
    }

    public static AgendaBuilder Start() => new();

    /// <summary>Focus confirmed as proposed.</summary>
    public static AgendaBuilder WithFocus()
    {
        var builder = new AgendaBuilder();
        builder.Agenda.ConfirmFocus(builder.Chair, ["norm-02", "norm-03"], Cmd(), Now);
        return builder;
    }

    /// <summary>Focus confirmed and one action by Anna on norm-02.</summary>
    public static (AgendaBuilder Room, AgendaAction Action) WithAction()
    {
        var room = WithFocus();
        room.Agenda.AddAction(room.Chair, room.Details(), [], Cmd(), Now);
        return (room, room.Agenda.Actions[^1]);
    }

    /// <summary>An agenda closed with one action by Anna: start 1 May, first check 1 July, deadline 31 December.</summary>
    public static (AgendaBuilder Room, AgendaAction Action) Closed()
    {
        var (room, action) = WithAction();
        room.Agenda.Close(room.Chair, Cmd(), Now);
        return (room, action);
    }

    public ActionDetails Details(
        string normId = "norm-02",
        string title = "Warme overdracht school–werk",
        Guid? owner = null,
        DateOnly? start = null,
        DateOnly? deadline = null,
        DateOnly? firstCheck = null) =>
        new(
            normId,
            title,
            "Geen jongere valt tussen wal en schip bij het verlaten van school",
            owner ?? Anna,
            ["Praktijkschool De Brug", "Werkbedrijf"],
            start ?? new DateOnly(2026, 5, 1),
            deadline ?? new DateOnly(2026, 12, 31),
            "Elke schoolverlater heeft een contactpersoon bij het werkbedrijf",
            firstCheck ?? new DateOnly(2026, 7, 1));

    public static Guid Cmd() => Guid.NewGuid();

    public static DateTime At(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);
}
