using Glansrijk.Scan.Web;
using Glansrijk.Scan.Web.Cluster;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Demo;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.KnowledgeBase;
using Glansrijk.Scan.Web.Features.Privacy;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Security;
using Glansrijk.Scan.Web.Validation;

if (args is ["health", ..])
{
    Environment.ExitCode = await HealthProbe.RunAsync(args);
    return;
}

var root = AppPaths.LocateRoot(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Path.Combine(root, "wwwroot") });

builder.Services.AddSingleton(services => AppPaths.From(services.GetRequiredService<IConfiguration>(), root));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOptions<AppOptions>().Bind(builder.Configuration.GetSection(AppOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");

builder.AddContent(root)
    .AddOperations()
    .AddPersistence()
    .AddCluster()
    .AddSecurity()
    .AddDutchValidation()
    .AddAccounts()
    .AddKnowledgeBase()
    .AddMail(root)
    .AddScans()
    .AddInvitations()
    .AddDemo()
    .AddSessions()
    .AddAgenda()
    .AddPrivacy();

var app = builder.Build();
if (await app.RunCommandAsync(args))
{
    return;
}

await app.MigrateDatabaseAsync();

app.UseSecurity();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseCompression();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticFiles();
app.MapRazorPages().WithStaticAssets();
app.MapSessions();
app.MapOperations();

await app.RunAsync();

/// <summary>Entry point; public so the integration tests' WebApplicationFactory can find it.</summary>
public partial class Program;
