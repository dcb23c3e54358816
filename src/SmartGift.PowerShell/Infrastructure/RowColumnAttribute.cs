namespace SmartGift.Commands;

/// <summary>
/// A CSV column parameter: filled from the piped object's property of the same name (or alias)
/// by <see cref="RowColumnBinder"/>, as ValueFromPipelineByPropertyName would, but in one pass
/// over the object's properties instead of PowerShell trying all 28 columns on every row
/// (42% of a -WhatIf validation's time). Get-Help still shows "Accept pipeline input: True (ByPropertyName)".
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class RowColumnAttribute : Attribute
{
}
