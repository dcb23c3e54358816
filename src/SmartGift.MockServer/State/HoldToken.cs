using System.Security.Cryptography;

namespace SmartGift.MockServer.State;

/// <summary>Hold tokens as document 004 shows them: "hold_token_" and 24 random letters and digits.</summary>
internal static class HoldToken
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => "hold_token_" + RandomNumberGenerator.GetString(Alphabet, 24);
}
