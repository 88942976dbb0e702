using SlicerBridge.Imaging;
using SlicerBridge.Server.Security;

namespace SlicerBridge.Server.Tests.Security;

public sealed class TokenStoreTests
{
    [Fact]
    public void Hash_is_the_sha256_hex_of_the_token()
    {
        // printf %s abc | sha256sum
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenStore.Hash("abc"));
    }

    [Fact]
    public void Find_returns_the_caller_whose_hash_matches_and_null_otherwise()
    {
        var store = new TokenStore([
            new TokenEntry { Name = "a", Sha256 = TokenStore.Hash("token-a"), Roles = [Roles.Clinician] },
            new TokenEntry { Name = "b", Sha256 = TokenStore.Hash("token-b").ToUpperInvariant(), Roles = [Roles.Admin, Roles.Clinician] },
        ]);

        Assert.Equal("a", store.Find("token-a")!.Name);
        Assert.True(store.Find("token-b")!.Roles.SetEquals([Roles.Admin, Roles.Clinician]));
        Assert.Null(store.Find("token-c"));
        Assert.Null(store.Find(""));
    }

    [Theory]
    [InlineData("", "abc", "clinician", "no name")]
    [InlineData("x", "not-hex", "clinician", "hexadecimal")]
    [InlineData("x", "abcd", "clinician", "64 hexadecimal")]
    [InlineData("x", null, "surgeon", "roles")]
    public void Bad_entries_are_refused_with_the_entry_named(string name, string? hash, string role, string message)
    {
        var entry = new TokenEntry { Name = name, Sha256 = hash ?? TokenStore.Hash("t"), Roles = [role] };

        var error = Assert.Throws<InvalidInputException>(() => new TokenStore([entry]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("tokens[0]", error.Where);
    }

    [Fact]
    public void The_tokens_file_is_read()
    {
        using var folder = new Testing.TempDirectory();
        var file = folder.File("tokens.json");
        File.WriteAllText(file, $$"""{"tokens": [{"name": "room-1", "sha256": "{{TokenStore.Hash("s3cret")}}", "roles": ["clinician"]}]}""");

        var store = TokenStore.Load(file, []);

        Assert.True(store.IsEnabled);
        Assert.Equal("room-1", store.Find("s3cret")!.Name);
    }
}
