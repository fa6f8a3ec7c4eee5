using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Onderwijsroute.Funding.TestServers;

/// <summary>
/// The PostgreSQL server the tests run against (issue 16): the one <c>ORF_POSTGRES</c> names (an Npgsql connection
/// string, set by <c>.ci/run</c>), or else a throwaway server this test run starts itself with <c>initdb</c> in a
/// temporary folder on a free loopback port (as the <c>postgres</c> user when the tests run as root) and stops when the
/// run ends. Without either, the PostgreSQL cases are left out, unless <c>CI=1</c> or <c>REQUIRE_POSTGRES=1</c>: then
/// they are in and fail, so CI never passes with them missing. Each test gets a database of its own.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the PostgreSQL cases run in this test run.</summary>
    public static bool IsWanted =>
        Environment.GetEnvironmentVariable("ORF_POSTGRES") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("CI") == "1"
        || Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") == "1"
        || BinFolder() is not null;

    /// <summary>The engines a test runs against: always <c>sqlite</c>, and <c>postgresql</c> when <see cref="IsWanted"/>.</summary>
    public static IEnumerable<object[]> Engines =>
        IsWanted ? [["sqlite"], ["postgresql"]] : [["sqlite"]];

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/> (its pooled connections are closed first).</summary>
    /// <param name="connectionString">Its connection string.</param>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("ORF_POSTGRES") is { Length: > 0 } given)
        {
            return given;
        }

        var bin = BinFolder() ?? throw new InvalidOperationException(
            "Geen PostgreSQL: zet ORF_POSTGRES (een Npgsql-verbindingstekst) of installeer de server (apt-get install postgresql); CI=1/REQUIRE_POSTGRES=1 eist hem.");
        var folder = Directory.CreateTempSubdirectory("onderwijsroute-pg-test.").FullName;
        var asRoot = !OperatingSystem.IsWindows() && Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            Run("chown", "postgres", folder);
        }

        var port = FreePort();
        string[] prefix = asRoot ? ["runuser", "-u", "postgres", "--"] : [];
        Run([.. prefix, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "onderwijsroute", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        Run([.. prefix, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} -c max_connections=300", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run([.. prefix, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
            Directory.Delete(folder, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=onderwijsroute;Database=postgres";
    }

    private static string? BinFolder()
    {
        var root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {error.Result}");
        }
    }
}
