using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Drives the initiator's forms the way a browser does, so tests read as the steps a person takes.</summary>
public sealed partial class ScanScenario
{
    public const string Password = "fiets door de regen naar huis";
    public static readonly string[] Domains = ["onderwijs", "sociale-dienst", "leerplicht-rmc", "werkgevers", "zorg", "overig"];

    private readonly CookieContainer _initiatorCookies;

    private ScanScenario(ScanAppFactory app, HttpClient initiator, Account account, CookieContainer initiatorCookies)
    {
        App = app;
        Initiator = initiator;
        Account = account;
        _initiatorCookies = initiatorCookies;
    }

    public ScanAppFactory App { get; }
    public HttpClient Initiator { get; }
    public Account Account { get; }

    /// <summary>The signed-in initiator's cookies as a Cookie header, e.g. for a SignalR client.</summary>
    public string InitiatorCookieHeader => _initiatorCookies.GetCookieHeader(new Uri(ScanAppFactory.PublicUrl));

    public static async Task<ScanScenario> SignedInInitiatorAsync(ScanAppFactory app, string email = "ilse@debrug.nl")
    {
        var account = await app.CreateAccountAsync(email, Password, AccountRoles.Initiator, "Ilse Initiatief");
        var cookies = new CookieContainer();
        var browser = app.CreateBrowser(cookies);
        var signedIn = await browser.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return new ScanScenario(app, browser, account, cookies);
    }

    public static Dictionary<string, string> ScanForm(string region = "Drechtsteden", int year = 2027, string session1 = "2027-02-10", string session2 = "2027-02-24") => new()
    {
        ["Input.Name"] = $"Implementatiescan {region} {year}",
        ["Input.Region"] = region,
        ["Input.LabourMarketRegion"] = "Drechtsteden",
        ["Input.Year"] = year.ToString(),
        ["Input.Instruments"] = "kwaliteitsnormen",
        ["Input.Session1.Date"] = session1,
        ["Input.Session1.Start"] = "13:00",
        ["Input.Session1.End"] = "16:30",
        ["Input.Session1.Place"] = "Stadskantoor Dordrecht, zaal 3",
        ["Input.Session2.Date"] = session2,
        ["Input.Session2.Start"] = "13:00",
        ["Input.Session2.End"] = "16:30",
        ["Input.Session2.Place"] = "Stadskantoor Dordrecht, zaal 3",
        ["Initiator.Organisation"] = "Praktijkschool De Brug",
        ["Initiator.Function"] = "Directeur",
        ["Initiator.DomainId"] = "onderwijs",
    };

    public async Task<Guid> CreateScanAsync(Dictionary<string, string>? form = null)
    {
        var response = await Initiator.PostFormAsync("/scans/nieuw", form ?? ScanForm());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.TextAsync());
        return Guid.Parse(response.Headers.Location!.ToString()["/scans/".Length..]);
    }

    public static Dictionary<string, string> PersonForm(int number, string? domain = null, string? organisation = null) => new()
    {
        ["Input.Name"] = $"Deelnemer {number}",
        ["Input.Organisation"] = organisation ?? $"Organisatie {number}",
        ["Input.Function"] = "Manager",
        ["Input.Email"] = $"deelnemer{number}@regio.nl",
        ["Input.DomainId"] = domain ?? Domains[number / 2 % Domains.Length],
    };

    public async Task<HttpResponseMessage> AddSeatAsync(Guid scanId, Dictionary<string, string> person) =>
        await Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/nieuw", person);

    public async Task AddSeatsAsync(Guid scanId, int count, int first = 1)
    {
        for (var number = first; number < first + count; number++)
        {
            var response = await AddSeatAsync(scanId, PersonForm(number));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.TextAsync());
        }
    }

    /// <summary>Sends the invitation to everyone not yet invited, through the invitation page's form.</summary>
    public async Task<HttpResponseMessage> SendInvitationsAsync(Guid scanId)
    {
        var page = await (await Initiator.GetAsync($"/scans/{scanId}/uitnodiging")).TextAsync();
        var commandId = CommandId().Match(page).Groups[1].Value;
        return await Initiator.PostFormAsync($"/scans/{scanId}/uitnodiging?handler=Send", new Dictionary<string, string> { ["CommandId"] = commandId }, $"/scans/{scanId}/uitnodiging");
    }

    public Task<Core.Scans.Scan> LoadScanAsync(Guid scanId) =>
        App.WithDatabaseAsync(db => db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == scanId));

    public async Task<Seat> SeatOfAsync(Guid scanId, string email) =>
        (await LoadScanAsync(scanId)).Seats.Single(s => s.Person.Email == email);

    /// <summary>The personal link in the latest mail to this address, as delivered.</summary>
    public async Task<string> PersonalLinkOfAsync(string email)
    {
        var mail = await App.DeliveredMailAsync(m => m.ToAddress == email);
        return new Uri(PersonalLink().Match(mail.TextBody ?? "").Value).PathAndQuery;
    }

    /// <summary>A fresh browser that opens a personal link, as a participant on their own tablet.</summary>
    public async Task<HttpClient> ParticipantAsync(string email)
    {
        var browser = App.CreateBrowser();
        var opened = await browser.GetAsync(await PersonalLinkOfAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return browser;
    }

    /// <summary>Opens the personal link and returns the participant's cookie as a Cookie header.</summary>
    public async Task<string> ParticipantCookieHeaderAsync(string email)
    {
        var cookies = new CookieContainer();
        using var browser = App.CreateBrowser(cookies);
        var opened = await browser.GetAsync(await PersonalLinkOfAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return cookies.GetCookieHeader(new Uri(ScanAppFactory.PublicUrl));
    }

    [GeneratedRegex("name=\"CommandId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex CommandId();

    [GeneratedRegex(@"https://scan\.glansrijk\.test/deelnemer/[A-Za-z0-9_-]{20,}")]
    private static partial Regex PersonalLink();
}
