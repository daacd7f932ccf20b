namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>One Playwright driver and one headless Chromium for the whole run; every test opens its own
/// <see cref="Tab"/>, which has a fresh browser context (no cookies or storage from other tests).</summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright cannot download its own browsers on this machine.</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    public async Task InitializeAsync()
    {
        // CI runs these tests beside the Web tests on a two-core machine: a live command can wait a few seconds behind
        // a busy CPU. Playwright's 5 s default would turn that load into false failures; a real hang still fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new tab with an empty cache; <paramref name="storageState"/> (from another tab's
    /// <c>Context.StorageStateAsync()</c>) carries that tab's cookies over, e.g. to load a signed-in page cold.</summary>
    public async Task<Tab> OpenTabAsync(AppServer app, Viewport viewport, string? storageState = null)
    {
        var chromium = _chromium ?? throw new InvalidOperationException("The browser has not been started.");
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            // The app's certificate is self-signed for this run only.
            IgnoreHTTPSErrors = true,
            ViewportSize = viewport.Size(),
            Locale = "nl-NL",
            StorageState = storageState,
        });
        return await Tab.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A page in its own browser context; closing the tab closes the context. Collects what the page
/// reports as an error on the console (CSP violations, script errors) from the first navigation on.</summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];

    private Tab(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    internal static async Task<Tab> OpenAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Add(string error)
    {
        lock (_consoleErrors)
        {
            _consoleErrors.Add(error);
        }
    }
}
