using Microsoft.Playwright;

namespace NudgeService.Integration.Tests.Digest.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, in a fresh profile, with every network
/// request refused: the digest is a self-contained page and must render without fetching anything.
/// </summary>
public sealed class DebianChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "nudge-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    public IBrowserContext Context => _context ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ExecutablePath}: install it with `apt-get install -y chromium` (.ci/run does).");
        _playwright = await Playwright.CreateAsync();
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // The suite runs its collections side by side on small machines, so a page served by a busy
        // local host may take longer than Playwright's 30-second default to arrive.
        _context.SetDefaultTimeout(120_000);
        _context.SetDefaultNavigationTimeout(120_000);
        await _context.RouteAsync("**/*", route => route.AbortAsync());
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        _playwright?.Dispose();
        if (Directory.Exists(_profile)) Directory.Delete(_profile, recursive: true);
    }
}
