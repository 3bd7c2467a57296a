using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Families;
using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Demo;

/// <summary>
/// Writes generated families in batches, each in a fresh scope and DbContext, so a million families take no more
/// memory than one batch. Rows are encrypted and indexed exactly as <see cref="FamilyRecords.OpenAsync"/> does.
/// </summary>
internal sealed class DemoFamilyWriter(IServiceProvider services, OrganisationId org, IReadOnlyList<UserId> coordinators, IReadOnlyList<UserId> volunteers)
{
    public const int BatchSize = 500;

    public async Task WriteAsync(DemoFamilyGenerator generator, int count, IProgress<int>? progress, CancellationToken ct)
    {
        var keyRing = services.GetRequiredService<FamilyKeyRing>();
        var index = new BlindIndex(await keyRing.GetOrganisationKeyAsync(org.Value, FamilyKeyRing.BlindIndexPurpose, ct));
        var matched = 0;
        for (var written = 0; written < count;)
        {
            var size = Math.Min(BatchSize, count - written);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var first = await FamilyRecords.ReserveFamilyNumbersAsync(db, org, size, ct);
            var batch = new List<(DemoFamily Demo, Family Family)>(size);
            for (var i = 0; i < size; i++)
            {
                var demo = generator.Next();
                var coordinator = coordinators[(written + i) % coordinators.Count];
                var family = Family.Open(org, FamilyRecords.FormatReference(first + i), demo.Details, demo.OpenedAt, coordinator).Value;
                batch.Add((demo, family));
            }

            var keys = await keyRing.CreateFamilyKeysAsync(org.Value, batch.Select(b => b.Family.Id.Value).ToList(), ct);
            var amendments = new List<NoteRow>();
            foreach (var (demo, family) in batch)
            {
                var volunteer = demo.VolunteerMatch is null ? (UserId?)null : volunteers[matched++ % volunteers.Count];
                using var cipher = new FieldCipher(keys[family.Id.Value], family.Id.Value);
                Add(db, demo, family, volunteer, cipher, index, amendments);
            }

            // The model does not know the note-to-note link, so amendments are saved after the notes they amend.
            await db.SaveChangesAsync(ct);
            db.Notes.AddRange(amendments);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written += size;
            progress?.Report(written);
        }
    }

    private void Add(ConfideDbContext db, DemoFamily demo, Family family, UserId? volunteer, FieldCipher cipher, BlindIndex index, List<NoteRow> amendments)
    {
        var coordinator = family.AssignedCoordinatorId!.Value;
        var referral = Referral.Accept(family.Id, demo.Referral, demo.OpenedAt).Value;
        FamilyRecords.AddNewFile(db, family, referral, coordinator, cipher, index);
        var today = DateOnly.FromDateTime(demo.OpenedAt.UtcDateTime).AddYears(1);
        foreach (var e in demo.Episodes)
        {
            var episode = SupportEpisode.Start(family.Id, e.Type, e.StartedOn, today).Value;
            db.SupportEpisodes.Add(RowMapping.ToRow(e.EndedOn is { } end ? episode.End(end).Value : episode, org));
        }

        if (demo.VolunteerMatch is { } m && volunteer is { } v)
        {
            var match = VolunteerMatch.Start(family.Id, v, m.StartedOn, today).Value;
            db.VolunteerMatches.Add(RowMapping.ToRow(m.EndedOn is { } end ? match.End(end).Value : match, org));
        }

        foreach (var entry in demo.Notes)
        {
            var author = entry.ByVolunteer && volunteer is { } by ? by : coordinator;
            var note = Note.Draft(family.Id, author, entry.ContactOn, entry.Text, entry.CreatedAt).Value;
            if (entry.Finalised)
            {
                note = note.Finalise(author, entry.CreatedAt.AddMinutes(30)).Value;
            }

            db.Notes.Add(RowMapping.ToRow(note, org, cipher));
            if (entry.Amendment is { } text)
            {
                var amendedAt = entry.CreatedAt.AddDays(1);
                var amendment = note.Amend(author, text, amendedAt).Value.Finalise(author, amendedAt.AddMinutes(5)).Value;
                amendments.Add(RowMapping.ToRow(amendment, org, cipher));
            }
        }
    }
}
