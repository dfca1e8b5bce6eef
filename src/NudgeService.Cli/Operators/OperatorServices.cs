using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Application.Accounts;
using NudgeService.LocalEnvironment;

namespace NudgeService.Cli.Operators;

/// <summary>
/// The services an operator command runs: settings from a file (by default the running demo's)
/// overlaid by Nudge__* environment variables, as the Function App reads them.
/// </summary>
internal sealed class OperatorServices
{
    public Option<string> User { get; } = new("--user") { Description = "The user id (as in logs and links).", Required = true };

    public Option<DateTimeOffset?> At { get; } = new("--at") { Description = "Run as if the clock read this instant (e.g. 2026-11-30T08:05+01:00); now by default." };

    public Option<FileInfo?> Settings { get; } = new("--settings") { Description = $"A JSON file of settings; by default the running demo's ({LocalSettingsFile.DefaultPath})." };

    public void AddTo(Command command)
    {
        command.Add(User);
        command.Add(At);
        command.Add(Settings);
    }

    /// <summary>
    /// Runs <paramref name="act"/> on the account named by --user, in a scope of the command's
    /// services; exit code 2 after saying on stderr that there is no such account.
    /// </summary>
    public void SetAccountAction(Command command, Func<IServiceProvider, UserAccount, ParseResult, CancellationToken, Task<int>> act)
    {
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = Create(result);
            await using var scope = services.CreateAsyncScope();
            var userId = result.GetValue(User)!;
            var account = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, cancellationToken);
            if (account is null)
            {
                Console.Error.WriteLine($"No account {userId}.");
                return 2;
            }
            return await act(scope.ServiceProvider, account, result, cancellationToken);
        });
    }

    public ServiceProvider Create(ParseResult result)
    {
        var file = result.GetValue(Settings)?.FullName ?? LocalSettingsFile.DefaultPath;
        var fromFile = File.Exists(file) ? LocalSettingsFile.Read(file) : new Dictionary<string, string?>();
        var fromEnvironment = new ConfigurationBuilder().AddEnvironmentVariables().Build().AsEnumerable();
        var settings = fromFile.Concat(fromEnvironment.Where(pair => pair.Key.StartsWith("Nudge:", StringComparison.Ordinal)))
            .GroupBy(pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Last().Value);
        var time = result.GetValue(At) is { } at ? new ShiftedTime(at) : null;
        return LocalServices.Create(settings, time, new ConsoleLogs());
    }

    /// <summary>Warnings and errors on the console; the information level would drown the command's own output.</summary>
    private sealed class ConsoleLogs : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) Console.Error.WriteLine($"{logLevel}: {category}: {formatter(state, exception)}");
            }
        }
    }
}
