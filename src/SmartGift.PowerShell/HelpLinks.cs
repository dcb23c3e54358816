namespace SmartGift.Commands
{
    /// <summary>
    /// Where the cmdlet pages are published: each cmdlet's HelpUri, and the "online version" of its
    /// docs/cmdlets page (the first related link of its MAML help), so Get-Help -Online opens it.
    /// </summary>
    internal static class HelpLinks
    {
        public const string Pages = "https://github.com/smartgift/smartgift/blob/main/docs/cmdlets/";
    }
}
