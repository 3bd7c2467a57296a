using System.CommandLine;
using System.Text;
using System.Text.Json;
using Confide.Core.Audit;
using Confide.Data.Audit;

namespace Confide.Cli.Commands;

/// <summary>
/// <c>confide audit prove &lt;sequence&gt;</c>: an RFC 6962 inclusion proof of one entry in the latest signed
/// checkpoint, printed as JSON after checking it (the entry's hash, the checkpoint's signature, the root and the
/// path). Anyone holding the public key can check it without the database.
/// </summary>
internal static class AuditProveCommand
{
    public static Command Create(CliStore store)
    {
        var sequence = new Argument<long>("sequence") { Description = "The entry's sequence number." };
        var command = new Command("prove", "Print a checked inclusion proof (JSON) of one audit entry in the latest signed checkpoint.") { sequence };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var wanted = parse.GetValue(sequence);
            var reader = store.ReadOnlyAudit(parse);
            var proof = await ProveAsync(reader, wanted, ct);
            if (proof.Problem is { } problem)
            {
                await error.WriteLineAsync($"confide: {problem}");
                return ExitCodes.Failure;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(proof.Json, AuditWitnessFile.Json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(object? Json, string? Problem)> ProveAsync(AuditReader reader, long sequence, CancellationToken ct)
    {
        if (sequence < 1 || await reader.FindAsync(sequence, ct) is not { } entry)
        {
            return (null, $"there is no audit entry #{sequence}.");
        }

        var checkpoint = await reader.ReadLatestCheckpointAsync(ct);
        if (checkpoint is null || checkpoint.TreeSize < sequence)
        {
            var covered = checkpoint is null ? "no checkpoint has been signed yet" : $"the latest checkpoint covers #1–#{checkpoint.TreeSize}";
            return (null, $"audit entry #{sequence} is not yet covered by a signed checkpoint ({covered}); try again in a second.");
        }

        var key = (await reader.ReadPublicKeysAsync(ct)).FirstOrDefault(k => k.KeyId == checkpoint.KeyId);
        if (key is null || !key.IdMatchesKey || !key.Verifies(checkpoint))
        {
            return (null, $"checkpoint {checkpoint.TreeSize}'s signature does not verify with key {checkpoint.KeyId}; run 'confide audit verify'.");
        }

        if (!AuditHashing.LeafHash(entry.Sequence, entry.Event).AsSpan().SequenceEqual(entry.LeafHash))
        {
            return (null, $"audit entry #{sequence} no longer matches its leaf hash; run 'confide audit verify'.");
        }

        var index = sequence - 1;
        var path = new InclusionProofBuilder(index, checkpoint.TreeSize);
        var tree = new MerkleTreeBuilder();
        await foreach (var (_, leaf) in reader.ReadLeafHashesAsync(0, checkpoint.TreeSize, ct))
        {
            if (tree.Size == checkpoint.TreeSize || leaf.Length != AuditHashing.HashSize)
            {
                break;
            }

            path.Append(leaf);
            tree.Append(leaf);
        }

        if (!path.IsComplete || !tree.ComputeRoot().AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            return (null, $"the stored entries no longer hash to checkpoint {checkpoint.TreeSize}'s root; run 'confide audit verify'.");
        }

        var auditPath = path.Proof();
        if (!MerkleTree.VerifyInclusion(index, checkpoint.TreeSize, entry.LeafHash, auditPath, checkpoint.RootHash))
        {
            return (null, $"the inclusion proof of #{sequence} does not verify; run 'confide audit verify'.");
        }

        return (new
        {
            Format = "confide-audit-inclusion/v1",
            Sequence = sequence,
            LeafIndex = index,
            Entry = Convert.ToBase64String(AuditEncoding.Encode(entry.Sequence, entry.Event)),
            LeafHash = AuditWitnessFile.Hex(entry.LeafHash),
            TreeSize = checkpoint.TreeSize,
            RootHash = AuditWitnessFile.Hex(checkpoint.RootHash),
            ChainHead = AuditWitnessFile.Hex(checkpoint.ChainHead),
            AuditPath = auditPath.Select(AuditWitnessFile.Hex).ToArray(),
            Checkpoint = new
            {
                SignedAt = AuditWitnessFile.Time(checkpoint.SignedAt),
                checkpoint.KeyId,
                Signature = Convert.ToBase64String(checkpoint.Signature),
                SignedText = Encoding.UTF8.GetString(checkpoint.SignedBytes()),
            },
            PublicKey = Convert.ToBase64String(key.SubjectPublicKeyInfo),
        }, null);
    }
}
