using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SmartGift.PowerShell.Tests;

/// <summary>One [Parameter] attribute of a property: what PowerShell binds per parameter set.</summary>
/// <param name="ByPropertyName">Bound from the piped object's property: by PowerShell (DeclaredByPropertyName) or by RowColumnBinder.</param>
public sealed record ParameterUse(string Set, bool Mandatory, int? Position, bool FromPipeline, bool ByPropertyName, bool DeclaredByPropertyName);

public sealed record CmdletParameter(string Name, string TypeName, IReadOnlyList<string> Aliases, IReadOnlyList<ParameterUse> Uses, IReadOnlyList<string> Attributes)
{
    public const string AllSets = "__AllParameterSets";
    public bool InSet(string set) => Uses.Any(u => u.Set == AllSets || u.Set == set);
    public IEnumerable<string> NamesAndAliases => new[] { Name }.Concat(Aliases);
}

public sealed record CmdletDeclaration(
    string ClassName, string Namespace, string Verb, string Noun, bool SupportsShouldProcess, string ConfirmImpact,
    string? DefaultParameterSet, IReadOnlyList<string> OutputTypes, IReadOnlyList<CmdletParameter> Parameters, bool Disposable)
{
    public string Name => Verb + "-" + Noun;
    public CmdletParameter Parameter(string name) => Parameters.Single(p => p.Name == name);

    public IReadOnlyList<string> NamedSets =>
        Parameters.SelectMany(p => p.Uses).Select(u => u.Set).Where(s => s != CmdletParameter.AllSets).Distinct().ToList();

    /// <summary>
    /// The parameter sets PowerShell would see: the named ones, plus the default set even when no
    /// parameter names it (it then holds the parameters of all sets); the implicit set when none is named.
    /// </summary>
    public IReadOnlyList<string> Sets
    {
        get
        {
            var named = NamedSets.ToList();
            if (DefaultParameterSet != null && !named.Contains(DefaultParameterSet)) named.Add(DefaultParameterSet);
            return named.Count == 0 ? new[] { CmdletParameter.AllSets } : named;
        }
    }
}

/// <summary>
/// Reads the cmdlets of the BUILT module (out/.../SmartGift.PowerShell.dll) without loading it
/// for execution: MetadataLoadContext over the module folder, the runtime, and the compile-time
/// System.Management.Automation. No PowerShell is needed, and none is faked.
/// </summary>
public static class CmdletMetadata
{
    private static readonly Lazy<Snapshot> Loaded = new Lazy<Snapshot>(Load);

    public static IReadOnlyList<CmdletDeclaration> Cmdlets => Loaded.Value.Cmdlets;
    public static IReadOnlyList<string> ApprovedVerbs => Loaded.Value.ApprovedVerbs;
    public static Version AssemblyVersion => Loaded.Value.AssemblyVersion;
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> References => Loaded.Value.References;
    public static IReadOnlyList<string> PublicPropertiesOf(string typeFullName) => Loaded.Value.Properties(typeFullName);
    public static IReadOnlyList<string> CoreValueTypeFields => Loaded.Value.CoreValueTypeFields;

    public static CmdletDeclaration Cmdlet(string name) => Cmdlets.Single(c => c.Name == name);

    private sealed class Snapshot
    {
        public List<CmdletDeclaration> Cmdlets { get; } = new List<CmdletDeclaration>();
        public List<string> ApprovedVerbs { get; } = new List<string>();
        public Version AssemblyVersion { get; set; } = new Version();
        public Dictionary<string, IReadOnlyList<string>> References { get; } = new Dictionary<string, IReadOnlyList<string>>();
        public Func<string, IReadOnlyList<string>> Properties { get; set; } = _ => Array.Empty<string>();
        public List<string> CoreValueTypeFields { get; } = new List<string>();
    }

    /// <summary>
    /// Fields of the cmdlet assembly's public types whose type is a SmartGift.Core value type
    /// (an enum, or a Nullable of one): PowerShell lays these types out before the module's
    /// resolver can load SmartGift.Core from dependencies/, so any such field breaks Import-Module.
    /// </summary>
    private static IEnumerable<string> FindCoreValueTypeFields(Assembly module)
    {
        foreach (var type in module.GetTypes().Where(t => t.IsPublic))
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldType = field.FieldType;
                var inner = fieldType.IsGenericType ? fieldType.GetGenericArguments() : Array.Empty<Type>();
                if (new[] { fieldType }.Concat(inner).Any(t => t.IsValueType && t.Assembly.GetName().Name == "SmartGift.Core"))
                {
                    yield return type.Name + "." + field.Name + " (" + fieldType + ")";
                }
            }
        }
    }

    private static Snapshot Load()
    {
        var moduleDlls = Directory.GetFiles(ModuleFolder.Path, "*.dll").Concat(Directory.GetFiles(ModuleFolder.DependencyPath, "*.dll")).ToArray();
        var runtimeDlls = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll");
        var resolver = new PathAssemblyResolver(moduleDlls.Concat(runtimeDlls).Append(ModuleFolder.PowerShellReferenceAssembly));
        // Kept open for the life of the test run: the snapshot holds only plain values, but reading is lazy.
        var context = new MetadataLoadContext(resolver);
        var snapshot = new Snapshot();

        foreach (var dll in moduleDlls)
        {
            var assembly = context.LoadFromAssemblyPath(dll);
            snapshot.References[Path.GetFileName(dll)] = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            if (Path.GetFileName(dll) == "SmartGift.PowerShell.dll") snapshot.CoreValueTypeFields.AddRange(FindCoreValueTypeFields(assembly));
        }

        var module = context.LoadFromAssemblyPath(ModuleFolder.File("SmartGift.PowerShell.dll"));
        snapshot.AssemblyVersion = module.GetName().Version!;
        var sma = context.LoadFromAssemblyPath(ModuleFolder.PowerShellReferenceAssembly);
        foreach (var verbs in new[] { "VerbsCommon", "VerbsCommunications", "VerbsData", "VerbsDiagnostic", "VerbsLifecycle", "VerbsOther", "VerbsSecurity" })
        {
            var type = sma.GetType("System.Management.Automation." + verbs, throwOnError: true)!;
            snapshot.ApprovedVerbs.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));
        }

        foreach (var type in module.GetTypes())
        {
            var cmdlet = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == "System.Management.Automation.CmdletAttribute");
            if (cmdlet == null) continue;
            var outputTypes = type.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == "System.Management.Automation.OutputTypeAttribute")
                .SelectMany(a => ((ReadOnlyCollection<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(t => ((Type)t.Value!).FullName!))
                .ToList();
            snapshot.Cmdlets.Add(new CmdletDeclaration(
                type.Name, type.Namespace ?? "",
                (string)cmdlet.ConstructorArguments[0].Value!, (string)cmdlet.ConstructorArguments[1].Value!,
                Named(cmdlet, "SupportsShouldProcess", false),
                ConfirmImpactName(Named<int?>(cmdlet, "ConfirmImpact", null)),
                Named<string?>(cmdlet, "DefaultParameterSetName", null),
                outputTypes,
                type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(ReadParameter).Where(p => p != null).Select(p => p!).ToList(),
                type.GetInterfaces().Any(i => i.FullName == "System.IDisposable")));
        }

        var core = context.LoadFromAssemblyPath(System.IO.Path.Combine(ModuleFolder.DependencyPath, "SmartGift.Core.dll"));
        snapshot.Properties = name =>
            (core.GetType(name) ?? throw new InvalidOperationException(name + " is not in SmartGift.Core"))
                .GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        return snapshot;
    }

    private static CmdletParameter? ReadParameter(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        // A [RowColumn] is filled from the piped object's property of its name (RowColumnBinder): by property name, for the user.
        var rowColumn = attributes.Any(a => a.AttributeType.FullName == "SmartGift.Commands.RowColumnAttribute");
        var uses = attributes.Where(a => a.AttributeType.FullName == "System.Management.Automation.ParameterAttribute")
            .Select(a =>
            {
                var position = Named(a, "Position", int.MinValue);
                return new ParameterUse(
                    Named(a, "ParameterSetName", CmdletParameter.AllSets),
                    Named(a, "Mandatory", false),
                    position == int.MinValue ? null : position,
                    Named(a, "ValueFromPipeline", false),
                    rowColumn || Named(a, "ValueFromPipelineByPropertyName", false),
                    Named(a, "ValueFromPipelineByPropertyName", false));
            })
            .ToList();
        if (uses.Count == 0) return null;
        var aliases = attributes.Where(a => a.AttributeType.FullName == "System.Management.Automation.AliasAttribute")
            .SelectMany(a => ((ReadOnlyCollection<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!))
            .ToList();
        var type = property.PropertyType;
        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1") type = type.GetGenericArguments()[0];
        return new CmdletParameter(property.Name, type.Name, aliases, uses, attributes.Select(a => a.AttributeType.Name).ToList());
    }

    private static T Named<T>(CustomAttributeData attribute, string name, T fallback)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.MemberName == name) return (T)argument.TypedValue.Value!;
        }
        return fallback;
    }

    // System.Management.Automation.ConfirmImpact: None 0, Low 1, Medium 2, High 3. Unset means Medium.
    private static string ConfirmImpactName(int? value) => value switch
    {
        null => "Medium (default)",
        0 => "None",
        1 => "Low",
        2 => "Medium",
        3 => "High",
        _ => value.Value.ToString(CultureInfo.InvariantCulture),
    };
}
