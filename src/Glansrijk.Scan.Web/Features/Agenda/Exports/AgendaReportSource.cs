namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>Finds the verbeteragenda report of a scan, for the print view and the downloads. The caller has already
/// checked that the reader may see the scan.</summary>
public interface IAgendaReportSource
{
    /// <summary>Null while the scan has no verbeteragenda (yet).</summary>
    Task<AgendaReport?> FindAsync(Core.Scans.Scan scan, CancellationToken cancellationToken);
}

/// <summary>The source while improvement agendas are not stored: no scan has one, so the page says so. The agenda's
/// persistence replaces this registration with a source that reads the stored agenda.</summary>
public sealed class NoStoredAgendas : IAgendaReportSource
{
    public Task<AgendaReport?> FindAsync(Core.Scans.Scan scan, CancellationToken cancellationToken) => Task.FromResult<AgendaReport?>(null);
}
