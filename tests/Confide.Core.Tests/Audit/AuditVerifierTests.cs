using System.Security.Cryptography;
using Confide.Core.Audit;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Audit;

public sealed class AuditVerifierTests
{
    [Fact]
    public void Verify_UntouchedSealedLog_Intact()
    {
        using var log = TestLog.Create(50, 20, 50);

        var report = log.Verify();

        report.Status.ShouldBe(VerificationStatus.Intact);
        report.Problem.ShouldBeNull();
        (report.EntriesChecked, report.CheckpointsChecked, report.LastSequence, report.LastCheckpointSize).ShouldBe((50L, 2, 50L, 50L));
    }

    [Fact]
    public void Verify_EmptyLog_Intact()
    {
        using var log = TestLog.Create(0);

        log.Verify().Status.ShouldBe(VerificationStatus.Intact);
    }

    [Fact]
    public void Verify_EntriesAfterTheLastCheckpoint_UnsealedFromTheNextOne()
    {
        using var log = TestLog.Create(50, 40);

        var report = log.Verify();

        report.Status.ShouldBe(VerificationStatus.Unsealed);
        report.UnsealedFrom.ShouldBe(41);
        report.UnsealedCount.ShouldBe(10);
    }

    [Fact]
    public void Verify_ContentChanged_AlteredNamesTheEntry()
    {
        using var log = TestLog.Create(50, 20, 50);
        log.Entries[29] = log.Entries[29] with { Event = log.Entries[29].Event with { ActorId = UserId.New() } };

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.Altered, 30L));
    }

    [Fact]
    public void Verify_EntryRemoved_MissingNamesTheGap()
    {
        using var log = TestLog.Create(50, 50);
        log.Entries.RemoveRange(29, 3);

        var report = log.Verify();

        report.Status.ShouldBe(VerificationStatus.Damaged);
        (report.Problem!.Kind, report.Problem.Sequence).ShouldBe((AuditDamage.Missing, 30L));
        report.Problem.Detail.ShouldContain("#30–#32");
    }

    [Fact]
    public void Verify_LastEntriesRemovedUnderACheckpoint_Missing()
    {
        using var log = TestLog.Create(50, 20, 50);
        log.Entries.RemoveRange(40, 10);

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence, problem.RangeEnd).ShouldBe((AuditDamage.Missing, 41L, 50L));
    }

    [Fact]
    public void Verify_TwoRowsSwapped_ChainBrokenAtTheFirst()
    {
        using var log = TestLog.Create(50, 50);
        var (a, b) = (log.Entries[9], log.Entries[19]);
        log.Entries[9] = b with { Sequence = 10 };
        log.Entries[19] = a with { Sequence = 20 };

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.ChainBroken, 10L));
    }

    [Fact]
    public void Verify_ForgedRowAppendedWithAPlausibleHash_ChainBroken()
    {
        using var log = TestLog.Create(50, 50);
        var forged = AuditEvents.Read(51);
        log.Entries.Add(new AuditEntry(51, forged, AuditHashing.LeafHash(51, forged), RandomNumberGenerator.GetBytes(32)));

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.ChainBroken, 51L));
    }

    [Fact]
    public void Verify_ForgedRowCorrectlyHashedAfterTheLastCheckpoint_Unsealed()
    {
        using var log = TestLog.Create(50, 50);
        var chain = new AuditChain(50, log.Entries[^1].ChainHash);
        log.Entries.Add(chain.Append(AuditEvents.Read(51)));

        var report = log.Verify();

        report.Status.ShouldBe(VerificationStatus.Unsealed);
        report.UnsealedFrom.ShouldBe(51);
    }

    [Fact]
    public void Verify_RewrittenAndRehashedBeforeACheckpoint_CheckpointMismatchNamesTheRange()
    {
        using var log = TestLog.Create(50, 20, 50);
        log.RewriteConsistently(30, e => e with { Reason = "nothing to see" });

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence, problem.RangeStart, problem.RangeEnd, problem.CheckpointSize)
            .ShouldBe((AuditDamage.CheckpointMismatch, 21L, (long?)21, (long?)50, (long?)50));
    }

    [Fact]
    public void Verify_SequenceGoesBackwards_OutOfOrder()
    {
        using var log = TestLog.Create(10);
        log.Entries.Add(log.Entries[4]);

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.OutOfOrder, 5L));
    }

    [Fact]
    public void Verify_EntryTwice_Duplicated()
    {
        using var log = TestLog.Create(10);
        log.Entries.Insert(7, log.Entries[6]);

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.Duplicated, 7L));
    }

    [Fact]
    public void Verify_CheckpointSignatureTampered_BadSignatureFromThePreviousGoodCheckpoint()
    {
        using var log = TestLog.Create(50, 20, 50);
        var signature = log.Checkpoints[1].Signature.ToArray();
        signature[^3] ^= 0x40;
        log.Checkpoints[1] = log.Checkpoints[1] with { Signature = signature };

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence, problem.CheckpointSize).ShouldBe((AuditDamage.BadSignature, 21L, (long?)50));
    }

    [Fact]
    public void Verify_CheckpointByAnUnknownKey_BadSignature()
    {
        using var log = TestLog.Create(50, 20);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        log.Checkpoints.Add(log.Seal(50, other));

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.BadSignature, 21L));
        problem.Detail.ShouldContain("not among the public keys");
    }

    [Fact]
    public void Verify_PublicKeyStoredUnderAnotherKeysId_BadSignature()
    {
        using var log = TestLog.Create(10, 10);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var swapped = new AuditPublicKey(log.PublicKey.KeyId, other.ExportSubjectPublicKeyInfo());

        var problem = new AuditVerifier(log.Checkpoints, [swapped]).Verify(log.Entries).Problem.ShouldNotBeNull();

        problem.Kind.ShouldBe(AuditDamage.BadSignature);
    }

    [Fact]
    public void Verify_EarlierDamageIsNamedBeforeALaterBadCheckpoint()
    {
        using var log = TestLog.Create(50, 20, 50);
        log.Checkpoints[1] = log.Checkpoints[1] with { Signature = [1, 2, 3] };
        log.Entries[4] = log.Entries[4] with { Event = log.Entries[4].Event with { Part = "notes" } };

        var problem = log.Verify().Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence).ShouldBe((AuditDamage.Altered, 5L));
    }

    [Fact]
    public void Verify_HistoryRewrittenAndResigned_PassesAloneButFailsAgainstTheWitness()
    {
        using var log = TestLog.Create(50, 20, 50);
        var witness = new AuditWitness(log.Checkpoints.ToList(), [log.PublicKey]);
        log.RewriteConsistently(30, e => e with { ActorId = UserId.New() });
        log.Checkpoints[1] = log.Seal(50);

        log.Verify().Status.ShouldBe(VerificationStatus.Intact);
        var problem = log.Verify(witness).Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence, problem.CheckpointSize).ShouldBe((AuditDamage.WitnessMismatch, 21L, (long?)50));
    }

    [Fact]
    public void Verify_WitnessedCheckpointGoneFromTheDatabase_WitnessMismatch()
    {
        using var log = TestLog.Create(50, 20, 50);
        var witness = new AuditWitness(log.Checkpoints.ToList(), [log.PublicKey]);
        log.Checkpoints.RemoveAt(0);

        var problem = log.Verify(witness).Problem.ShouldNotBeNull();

        (problem.Kind, problem.Sequence, problem.CheckpointSize).ShouldBe((AuditDamage.WitnessMismatch, 1L, (long?)20));
    }

    [Fact]
    public void Verify_NewCheckpointsSinceTheExport_IntactAgainstTheWitness()
    {
        using var log = TestLog.Create(50, 20);
        var witness = new AuditWitness(log.Checkpoints.ToList(), [log.PublicKey]);
        log.Checkpoints.Add(log.Seal(50));

        log.Verify(witness).Status.ShouldBe(VerificationStatus.Intact);
    }

    [Fact]
    public async Task VerifyAsync_SameVerdictAsVerify()
    {
        using var log = TestLog.Create(30, 10, 30);
        log.Entries[14] = log.Entries[14] with { Event = log.Entries[14].Event with { Outcome = AuditOutcome.Refused } };

        var report = await new AuditVerifier(log.Checkpoints, [log.PublicKey]).VerifyAsync(Stream(log.Entries));

        report.ShouldBe(log.Verify());
        report.Problem!.Sequence.ShouldBe(15);
    }

    private static async IAsyncEnumerable<AuditEntry> Stream(IEnumerable<AuditEntry> entries)
    {
        foreach (var e in entries)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
