namespace SmartGift.Commands;

/// <summary>
/// Lets -Session take a session object or the name of a connected session
/// (-Session Sister), so scripts need not keep the object in a variable.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SessionTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        if (value is string name)
        {
            return SessionRegistry.Find(name)
                ?? throw new ArgumentTransformationMetadataException(
                    "No SmartGift session is named '" + name + "'. Run Get-SgSession to list them, or Connect-SgService -Name " + name + " to connect one.");
        }
        return value;
    }
}
