using System.ComponentModel.DataAnnotations;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Section "Operations": what an operator tunes about running the app.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>/health/ready reports unhealthy when the disk holding the data folder has less free space than this.</summary>
    [Range(0, int.MaxValue)]
    public int MinimumFreeDiskMegabytes { get; set; } = 500;

    /// <summary>How long a stop may take before the host gives up waiting for requests. Live connections are told
    /// and closed first, so a stop is normally done well within it; keep it below Docker's stop_grace_period.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
