using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using Xunit;

namespace NudgeService.Testing;

/// <summary>The local stack for a test collection, with every log record captured.</summary>
public class ServiceEnvironment : IAsyncLifetime
{
    private readonly ILoggerProvider? alsoLogTo;
    private LocalStack? stack;

    public ServiceEnvironment()
    {
    }

    /// <param name="alsoLogTo">A second sink for every log record, beside <see cref="Logs"/>.</param>
    protected ServiceEnvironment(ILoggerProvider alsoLogTo) => this.alsoLogTo = alsoLogTo;

    public LocalStack Stack => stack!;

    public SandboxServer Sandbox => Stack.Sandbox;

    public LocalWebHost Web => Stack.Web;

    public CapturedLogs Logs { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings => Stack.Settings;

    public string StorageConnectionString => Stack.StorageConnectionString;

    public async Task InitializeAsync() => stack = await LocalStack.StartAsync(alsoLogTo is null ? Logs : new BothLogs(Logs, alsoLogTo));

    public ConsentSettings Consent => Sandbox.Services.GetRequiredService<ConsentSettings>();

    /// <summary>A browser that trusts the sandbox's certificate and does not follow redirects, so each hop can be checked.</summary>
    public HttpClient Browser() => new SandboxHttp(Sandbox.Certificate).CreateClient(allowRedirects: false);

    public virtual async Task DisposeAsync()
    {
        if (stack is not null) await stack.DisposeAsync();
    }

    private sealed class BothLogs(ILoggerProvider first, ILoggerProvider second) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Both(first.CreateLogger(categoryName), second.CreateLogger(categoryName));

        public void Dispose()
        {
        }

        private sealed class Both(ILogger first, ILogger second) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => first.IsEnabled(logLevel) || second.IsEnabled(logLevel);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                first.Log(logLevel, eventId, state, exception, formatter);
                second.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
