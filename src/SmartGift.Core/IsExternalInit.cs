namespace System.Runtime.CompilerServices;

/// <summary>What C# records need and netstandard2.0 lacks (the compiler only looks for the name).</summary>
internal static class IsExternalInit
{
}
