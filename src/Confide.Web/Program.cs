using Confide.Web;
using Confide.Web.Features.Families;
using Confide.Web.Features.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddConfideStorage();
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AuthorizeFolder("/Families");
});
builder.Services.AddFamilies();
builder.Services.AddAuthentication(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o => o.LoginPath = "/account/sign-in");
builder.Services.AddConfideHealth();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Confide.Web.Identity.CurrentActor>();

var app = builder.Build();
await app.PrepareStorageAsync();
app.UseConfideSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapConfideHealth();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web application's entry point; public so integration tests can host it.</summary>
public partial class Program;
