using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Onderwijsroute.Funding.Api.Tests;

/// <summary>A logger provider that keeps every message (with its exception and state) in a queue, for tests that read the log.</summary>
/// <param name="logged">Where the messages go.</param>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string> logged) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(logged);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            logged.Enqueue(formatter(state, exception) + " " + exception + " " + state);
        }
    }
}
