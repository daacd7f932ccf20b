namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>Finds the verbeteragenda report of a scan, for the print view and the downloads. The caller has already
/// checked that the reader may see the scan.</summary>
public interface IAgendaReportSource
{
    /// <summary>Null while the scan has no verbeteragenda (yet).</summary>
    Task<AgendaReport?> FindAsync(Core.Scans.Scan scan, CancellationToken cancellationToken);
}
