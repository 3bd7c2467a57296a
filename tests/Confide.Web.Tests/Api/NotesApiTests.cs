using System.Net;
using System.Net.Http.Json;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Tests.Api;

public sealed class NotesApiTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Note_DraftReviseFinaliseThenPut_Returns409AndAnAmendmentIsAccepted(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var family = await world.FamilyAsync(org, ada);

        var drafted = await client.PostAsJsonAsync(new Uri($"/api/v1/families/{family.Value}/notes", UriKind.Relative),
            new { contactOn = ApiWorld.Today, text = "Visited; Harriet tired." });
        var note = drafted.Headers.Location!;
        var revised = await client.PutAsJsonAsync(note, new { text = "Visited; Harriet tired but cheerful." });
        var finalised = await client.PostAsync(new Uri(note + "/finalise", UriKind.Relative), null);
        var edited = await client.PutAsJsonAsync(note, new { text = "Quietly changed." });
        var amended = await client.PostAsJsonAsync(new Uri(note + "/amendments", UriKind.Relative), new { text = "Correction: the visit was in the morning." });

        drafted.StatusCode.ShouldBe(HttpStatusCode.Created);
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        finalised.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiWorld.JsonAsync(finalised)).GetProperty("status").GetString().ShouldBe("finalised");
        edited.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiWorld.JsonAsync(edited)).GetProperty("detail").GetString()!.ShouldContain("can no longer be edited. Add an amendment instead.");
        amended.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ApiWorld.JsonAsync(amended)).GetProperty("amendsNoteId").GetString().ShouldBe(note.ToString().Split('/').Last());
        var file = await ApiWorld.JsonAsync(await client.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative)));
        file.GetProperty("notes")[0].GetProperty("text").GetString().ShouldBe("Visited; Harriet tired but cheerful.");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Note_MatchedVolunteer_SeesOwnNotesOnlyAndCannotReachTheCoordinators(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (ada, coordinator) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var (val, volunteer) = await world.SignedInAsync(org, Role.Volunteer, "val@example.org");
        var family = await world.FamilyAsync(org, ada);
        await world.MatchAsync(org, family, val, ApiWorld.Today.AddDays(-10));
        var notes = new Uri($"/api/v1/families/{family.Value}/notes", UriKind.Relative);

        var coordinatorsNote = (await coordinator.PostAsJsonAsync(notes, new { contactOn = ApiWorld.Today, text = "Safeguarding discussion with the health visitor." })).Headers.Location!;
        var own = await volunteer.PostAsJsonAsync(notes, new { contactOn = ApiWorld.Today, text = "Played in the park with Rowan." });
        var reachOther = await volunteer.PostAsync(new Uri(coordinatorsNote + "/finalise", UriKind.Relative), null);
        var file = await volunteer.GetStringAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));

        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        reachOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        file.ShouldContain("Played in the park with Rowan.");
        file.ShouldNotContain("Safeguarding discussion");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Note_OnAnotherCoordinatorsFamily_Returns403_UnknownNote_Returns404_AndNothingIsWritten(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (_, bea) = await world.SignedInAsync(org, Role.Coordinator, "bea@example.org");
        var family = await world.FamilyAsync(org, ada);

        var draft = await bea.PostAsJsonAsync(new Uri($"/api/v1/families/{family.Value}/notes", UriKind.Relative), new { contactOn = ApiWorld.Today, text = "x" });
        var unknown = await bea.PutAsJsonAsync(new Uri($"/api/v1/notes/{Guid.NewGuid()}", UriKind.Relative), new { text = "x" });

        draft.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiWorld.JsonAsync(draft)).GetProperty("rule").GetString().ShouldBe("no-relationship");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.CountAsync(db => db.Notes.CountAsync(n => n.FamilyId == family.Value))).ShouldBe(0);
    }
}
