using System.Reflection;

namespace SmartGift.Commands;

/// <summary>
/// Dependency isolation (docs/powershell.md, "Living beside other modules"): SmartGift.Core and its libraries sit in
/// dependencies/, where nothing probes, so each request for one reaches this resolver. PowerShell 7: they load in
/// SmartGift's own AssemblyLoadContext, and Core's public types become type accelerators ([SmartGift.OrderResult]):
/// PowerShell does not resolve type names in other contexts. Windows PowerShell 5.1: only SmartGift's own requests
/// (or requester-less ones, as .NET Framework sometimes asks) for files it ships are answered.
/// </summary>
public sealed class ModuleInitAndCleanup : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly Assembly Self = typeof(ModuleInitAndCleanup).Assembly;
    private static readonly string DependencyFolder = Path.Combine(Path.GetDirectoryName(Self.Location) ?? "", "dependencies");
    private static readonly HashSet<string> Dependencies = new(
        Directory.Exists(DependencyFolder) ? Directory.EnumerateFiles(DependencyFolder, "*.dll").Select(Path.GetFileNameWithoutExtension) : [],
        StringComparer.OrdinalIgnoreCase);
    private static readonly Func<AssemblyName, Assembly>? LoadInContext = CreateLoadContext();
    private static readonly List<string> Accelerators = new List<string>();
    private static int _registered;

    /// <summary>
    /// PowerShell calls this after it has read the cmdlet types, which is why no cmdlet type
    /// may hold a field of a SmartGift.Core value type (an enum): laying such a type out would
    /// need SmartGift.Core before this resolver exists.
    /// </summary>
    public void OnImport()
    {
        // Import-Module in several runspaces of one process, or again after Remove-Module: register once.
        if (Interlocked.Exchange(ref _registered, 1) != 0) return;
        AppDomain.CurrentDomain.AssemblyResolve += ResolveDependency;
        var add = TypeAcceleratorsType()?.GetMethod("Add", new[] { typeof(string), typeof(Type) });
        if (LoadInContext == null || add == null) return;
        foreach (var type in LoadInContext(new AssemblyName("SmartGift.Core")).GetExportedTypes().Where(t => t.Namespace == "SmartGift"))
        {
            add.Invoke(null, new object[] { type.FullName!, type });
            Accelerators.Add(type.FullName!);
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        if (Interlocked.Exchange(ref _registered, 0) != 1) return;
        AppDomain.CurrentDomain.AssemblyResolve -= ResolveDependency;
        var remove = TypeAcceleratorsType()?.GetMethod("Remove", new[] { typeof(string) });
        foreach (var name in Accelerators) remove?.Invoke(null, new object[] { name });
        Accelerators.Clear();
    }

    private static Assembly? ResolveDependency(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name);
        if (name.Name == null || !Dependencies.Contains(name.Name) || !IsOurs(args.RequestingAssembly)) return null;
        return LoadInContext != null
            ? LoadInContext(name)
            : Assembly.LoadFrom(Path.Combine(DependencyFolder, name.Name + ".dll"));
    }

    /// <summary>The cmdlet assembly or one of the files in our dependencies folder; null where .NET Framework does not say.</summary>
    private static bool IsOurs(Assembly? requester) =>
        requester == null || requester == Self || (!requester.IsDynamic && requester.Location.Length > 0
            && string.Equals(Path.GetDirectoryName(requester.Location), DependencyFolder, StringComparison.OrdinalIgnoreCase));

    /// <summary>On .NET (PowerShell 7) the module's load context; null on .NET Framework (Windows PowerShell 5.1).</summary>
    private static Func<AssemblyName, Assembly>? CreateLoadContext()
    {
        if (Type.GetType("System.Runtime.Loader.AssemblyLoadContext") == null) return null;
        var isolation = Assembly.LoadFrom(Path.Combine(Path.GetDirectoryName(Self.Location) ?? "", "SmartGift.PowerShell.Isolation.dll"));
        var context = Activator.CreateInstance(isolation.GetType("SmartGift.Isolation.DependencyLoadContext", throwOnError: true)!, DependencyFolder)!;
        return (Func<AssemblyName, Assembly>)Delegate.CreateDelegate(typeof(Func<AssemblyName, Assembly>), context, "LoadFromAssemblyName");
    }

    private static Type? TypeAcceleratorsType() => typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
}
