using Confide.Web;
using Confide.Web.Features.Access;
using Confide.Web.Features.Account;
using Confide.Web.Features.Api;
using Confide.Web.Features.Consent;
using Confide.Web.Features.Families;
using Confide.Web.Features.Health;
using Confide.Web.Features.Portal;
using Confide.Web.Features.Sharing;

var builder = WebApplication.CreateBuilder(args);
builder.AddConfideStorage();
builder.AddConfideAccounts();
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AuthorizeFolder("/Families");
    o.Conventions.AuthorizeFolder("/Admin");
    o.Conventions.AuthorizeFolder("/Access");
    o.Conventions.AuthorizeFolder("/Staff");
    o.Conventions.AuthorizeFolder("/Sharing");
});
builder.Services.AddFamilies();
builder.Services.AddAccess();
builder.Services.AddConsent();
builder.Services.AddSharing();
builder.Services.AddConfideHealth();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Confide.Web.Identity.CurrentActor>();
builder.Services.AddConfideApi();
builder.Services.AddPortal();

var app = builder.Build();

// Resolved now so that a benchmark run with access control off says so at start-up, not at the first request.
_ = app.Services.GetRequiredService<AccessControlSwitch>();
await app.PrepareStorageAsync();
app.UseConfideSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseConfideAccounts();
app.MapConfideHealth();
app.MapConfideApi();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web application's entry point; public so integration tests can host it.</summary>
public partial class Program;
