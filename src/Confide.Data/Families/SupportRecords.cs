using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Staff;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Families;

/// <summary>Support episodes and volunteer matches: when support starts and ends, and who visits.</summary>
public sealed class SupportRecords(ConfideDbContext db, TimeProvider time)
{
    public async Task<Result<SupportEpisode>> StartEpisodeAsync(OrganisationId org, FamilyId family, SupportType type, DateOnly startedOn, CancellationToken ct = default)
    {
        if (!await FamilyExistsAsync(org, family, ct))
        {
            return NoteRecords.NotFound<SupportEpisode>("familyId", "family");
        }

        var episode = SupportEpisode.Start(family, type, startedOn, Today);
        if (episode.Succeeded)
        {
            db.SupportEpisodes.Add(RowMapping.ToRow(episode.Value, org));
            await db.SaveChangesAsync(ct);
        }

        return episode;
    }

    public async Task<Result<SupportEpisode>> EndEpisodeAsync(OrganisationId org, SupportEpisodeId id, DateOnly endedOn, CancellationToken ct = default)
    {
        var row = await db.SupportEpisodes.FirstOrDefaultAsync(e => e.Id == id.Value && e.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return NoteRecords.NotFound<SupportEpisode>("episodeId", "support episode");
        }

        var ended = RowMapping.ToDomain(row).End(endedOn);
        if (ended.Succeeded)
        {
            row.EndedOn = endedOn;
            await db.SaveChangesAsync(ct);
        }

        return ended;
    }

    public async Task<Result<VolunteerMatch>> MatchVolunteerAsync(OrganisationId org, FamilyId family, UserId volunteer, DateOnly startedOn, CancellationToken ct = default)
    {
        if (!await FamilyExistsAsync(org, family, ct))
        {
            return NoteRecords.NotFound<VolunteerMatch>("familyId", "family");
        }

        if (!await StaffDirectory.HasRoleAsync(db, org, volunteer, Role.Volunteer, ct))
        {
            return Result<VolunteerMatch>.Fail("volunteerId", "not_volunteer", "Only an active volunteer of this organisation can be matched to a family.");
        }

        if (await db.VolunteerMatches.AnyAsync(m => m.FamilyId == family.Value && m.VolunteerId == volunteer.Value && m.EndedOn == null, ct))
        {
            return Result<VolunteerMatch>.Fail("volunteerId", "already_matched", "This volunteer is already matched to this family; end that match first.");
        }

        var match = VolunteerMatch.Start(family, volunteer, startedOn, Today);
        if (match.Succeeded)
        {
            db.VolunteerMatches.Add(RowMapping.ToRow(match.Value, org));
            await db.SaveChangesAsync(ct);
        }

        return match;
    }

    public async Task<Result<VolunteerMatch>> EndMatchAsync(OrganisationId org, MatchId id, DateOnly endedOn, CancellationToken ct = default)
    {
        var row = await db.VolunteerMatches.FirstOrDefaultAsync(m => m.Id == id.Value && m.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return NoteRecords.NotFound<VolunteerMatch>("matchId", "match");
        }

        var ended = RowMapping.ToDomain(row).End(endedOn);
        if (ended.Succeeded)
        {
            row.EndedOn = endedOn;
            await db.SaveChangesAsync(ct);
        }

        return ended;
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private Task<bool> FamilyExistsAsync(OrganisationId org, FamilyId family, CancellationToken ct) =>
        db.Families.AnyAsync(f => f.Id == family.Value && f.OrganisationId == org.Value, ct);
}
