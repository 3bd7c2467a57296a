using System.Net;
using Confide.Data.Storage;

namespace Confide.Web.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_IsServedAndDescribesTheApi()
    {
        await using var world = await ApiWorld.CreateAsync(DatabaseProvider.Sqlite);

        var response = await world.Client().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var paths = (await ApiWorld.JsonAsync(response)).GetProperty("paths");
        paths.TryGetProperty("/api/v1/families/{id}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/notes/{id}/finalise", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/caseload", out _).ShouldBeTrue();
    }
}
