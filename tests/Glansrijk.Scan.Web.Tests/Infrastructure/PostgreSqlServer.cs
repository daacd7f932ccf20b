using System.Diagnostics;
using Npgsql;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>A PostgreSQL server of the test's own: a fresh cluster in a temporary folder, on a free loopback port,
/// stopped and removed afterwards. Debian's binaries (tests/run.sh installs the postgresql package). PostgreSQL
/// refuses to run as root, so when the tests run as root (as in CI) every server command runs as the postgres user
/// through runuser. Use as <c>IClassFixture&lt;PostgreSqlServer&gt;</c>.</summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private readonly string _folder = Directory.CreateTempSubdirectory("glansrijk-pg-").FullName;
    private string _bin = "";
    private int _databases;

    public int Port { get; } = FreePort.Next();

    private string DataFolder => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBinaries();
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", [$"{ServiceUser}:{ServiceUser}", _folder]);
        }

        await RunServerCommandAsync("initdb", ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        await RunServerCommandAsync("pg_ctl", [
            "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300",
            "start",
        ]);
    }

    /// <summary>Makes an empty database and returns its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"scan_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunServerCommandAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    private Task RunServerCommandAsync(string program, string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", ServiceUser, "--", Path.Combine(_bin, program), .. arguments])
            : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    /// <summary>Debian keeps the server programs outside PATH, per major version: the newest installed.</summary>
    private static string FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions
            .Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
            .FirstOrDefault();
        return bin ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run tests/run.sh, which installs it.");
    }
}
