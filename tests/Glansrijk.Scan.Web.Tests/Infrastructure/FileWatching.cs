using System.Runtime.CompilerServices;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Every app the tests start watches its configuration and static files. On Linux each watcher takes one
/// inotify instance, and a user gets only 128 of them (fs.inotify.max_user_instances): with dozens of apps alive at
/// once, the suite would run out and apps would fail to start. Polling watchers take none; the tests never change
/// those files while an app runs, so polling costs nothing here.</summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
