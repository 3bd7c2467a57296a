using Confide.Core.Audit;

namespace Confide.Core.Tests.Audit;

public sealed class MerkleTreeTests
{
    // The eight leaf inputs of the RFC 6962 test vectors used by Certificate Transparency's merkle tree tests.
    private static readonly byte[][] CtInputs = new[]
    {
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    }.Select(Convert.FromHexString).ToArray();

    private static readonly string[] CtRoots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void EmptyRoot_IsSha256OfNothing() =>
        Convert.ToHexStringLower(MerkleTree.ComputeRoot([])).ShouldBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    [Fact]
    public void ComputeRoot_CertificateTransparencyVectors_Match()
    {
        var leaves = CtInputs.Select(d => MerkleTree.HashLeaf(d)).ToArray();
        for (var n = 1; n <= leaves.Length; n++)
        {
            Convert.ToHexStringLower(MerkleTree.ComputeRoot(leaves.Take(n))).ShouldBe(CtRoots[n - 1], $"tree of {n}");
        }
    }

    [Fact]
    public void InclusionProof_CertificateTransparencyVector_LeafZeroOfEight()
    {
        var leaves = CtInputs.Select(d => MerkleTree.HashLeaf(d)).ToArray();

        var proof = MerkleTree.InclusionProof(leaves, 0, 8);

        proof.Select(Convert.ToHexStringLower).ShouldBe(
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]);
    }

    [Fact]
    public void HashLeafAndChildren_UseTheRfcPrefixes()
    {
        byte[] data = [1, 2, 3];
        MerkleTree.HashLeaf(data).ShouldBe(NaiveMerkle.Leaf(data));
        var (a, b) = (NaiveMerkle.Leaf([1]), NaiveMerkle.Leaf([2]));
        MerkleTree.HashChildren(a, b).ShouldBe(NaiveMerkle.Node(a, b));
    }

    [Fact]
    public void Builder_EverySizeUpTo130_MatchesNaiveRecursion()
    {
        var leaves = Leaves(130);
        var builder = new MerkleTreeBuilder();
        builder.ComputeRoot().ShouldBe(NaiveMerkle.Mth(leaves, 0, 0));
        for (var n = 1; n <= leaves.Length; n++)
        {
            builder.Append(leaves[n - 1]);
            builder.Size.ShouldBe(n);
            builder.ComputeRoot().ShouldBe(NaiveMerkle.Mth(leaves, 0, n), $"tree of {n}");
        }
    }

    [Fact]
    public void InclusionProof_EveryIndexOfTreesOf1To64_MatchesNaivePathAndVerifies()
    {
        var leaves = Leaves(64);
        for (var n = 1; n <= 64; n++)
        {
            var root = NaiveMerkle.Mth(leaves, 0, n);
            for (var m = 0; m < n; m++)
            {
                var proof = MerkleTree.InclusionProof(leaves, m, n);

                proof.ShouldBe(NaiveMerkle.Path(leaves, m, 0, n), $"leaf {m} of {n}");
                MerkleTree.VerifyInclusion(m, n, leaves[m], proof, root).ShouldBeTrue($"leaf {m} of {n}");
            }
        }
    }

    [Fact]
    public void VerifyInclusion_WrongLeafIndexSizeRootOrPath_Fails()
    {
        var leaves = Leaves(13);
        var root = NaiveMerkle.Mth(leaves, 0, 13);
        var proof = MerkleTree.InclusionProof(leaves, 5, 13);
        MerkleTree.VerifyInclusion(5, 13, leaves[5], proof, root).ShouldBeTrue();

        MerkleTree.VerifyInclusion(5, 13, leaves[6], proof, root).ShouldBeFalse();
        MerkleTree.VerifyInclusion(4, 13, leaves[5], proof, root).ShouldBeFalse();
        MerkleTree.VerifyInclusion(5, 6, leaves[5], proof, root).ShouldBeFalse();
        MerkleTree.VerifyInclusion(5, 13, leaves[5], proof, leaves[0]).ShouldBeFalse();
        MerkleTree.VerifyInclusion(5, 13, leaves[5], proof.Take(proof.Count - 1).ToList(), root).ShouldBeFalse();
        MerkleTree.VerifyInclusion(5, 13, leaves[5], [.. proof, leaves[0]], root).ShouldBeFalse();
        MerkleTree.VerifyInclusion(13, 13, leaves[5], proof, root).ShouldBeFalse();
    }

    [Fact]
    public void InclusionProofBuilder_MoreLeavesThanTheTree_Refused()
    {
        var leaves = Leaves(3);
        var builder = new InclusionProofBuilder(1, 2);
        builder.Append(leaves[0]);
        Should.Throw<InvalidOperationException>(() => builder.Proof());
        builder.Append(leaves[1]);
        builder.LeafHash.ShouldBe(leaves[1]);
        builder.Proof().ShouldBe([leaves[0]]);
        Should.Throw<InvalidOperationException>(() => builder.Append(leaves[2]));
    }

    private static byte[][] Leaves(int n) => Enumerable.Range(0, n).Select(i => NaiveMerkle.Leaf(BitConverter.GetBytes(i * 7919))).ToArray();
}
