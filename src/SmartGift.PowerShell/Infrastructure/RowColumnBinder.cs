using System.Reflection;

namespace SmartGift.Commands
{
    /// <summary>
    /// Binds a piped object's properties to a command's [RowColumn] parameters, by parameter name or
    /// alias, case-insensitively, converting values to text as PowerShell's binder does. A column
    /// given on the command line wins for every record; any other column not on the object is null.
    /// A binder per command type, shared: only ever used from a pipeline thread, one row at a time
    /// per command instance, and _lastFound is only a hint, so a race costs a lookup, never a value.
    /// </summary>
    internal sealed class RowColumnBinder
    {
        private static readonly Dictionary<Type, RowColumnBinder> Cache = new Dictionary<Type, RowColumnBinder>();
        private readonly Column[] _columns;

        private RowColumnBinder(Type commandType)
        {
            _columns = commandType.GetProperties()
                .Where(p => p.IsDefined(typeof(RowColumnAttribute), inherit: true))
                .Select(p => new Column(p, new[] { p.Name }.Concat(p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)).ToArray()))
                .ToArray();
        }

        public static RowColumnBinder For(Type commandType)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(commandType, out var binder)) Cache[commandType] = binder = new RowColumnBinder(commandType);
                return binder;
            }
        }

        public void Bind(object command, PSObject input, ICollection<string> fromCommandLine)
        {
            // Looked up by name, not by enumerating the object's properties: PowerShell builds the
            // whole member list on every enumeration, which cost more than all the validation.
            var properties = input.Properties;
            foreach (var column in _columns)
            {
                if (fromCommandLine.Contains(column.Property.Name)) continue;
                column.Set(command, Text(column.Find(properties)?.Value));
            }
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            string text => text,
            _ => LanguagePrimitives.ConvertTo<string>(value),
        };

        /// <summary>A column parameter and the names it answers to; the name found last is tried first (rows share a header).</summary>
        private sealed class Column
        {
            private readonly string[] _names;
            private int _lastFound;

            public Column(PropertyInfo property, string[] names)
            {
                Property = property;
                _names = names;
                Set = Setter(property);
            }

            public PropertyInfo Property { get; }

            /// <summary>The property's setter as a delegate: PropertyInfo.SetValue for every column of every row cost more.</summary>
            public Action<object, string?> Set { get; }

            private static Action<object, string?> Setter(PropertyInfo property) =>
                (Action<object, string?>)typeof(Column).GetMethod(nameof(TypedSetter), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(property.DeclaringType!)
                    .Invoke(null, new object[] { property.GetSetMethod()! })!;

            private static Action<object, string?> TypedSetter<TCommand>(MethodInfo setter)
            {
                var set = (Action<TCommand, string?>)Delegate.CreateDelegate(typeof(Action<TCommand, string?>), setter);
                return (command, value) => set((TCommand)command, value);
            }

            public PSPropertyInfo? Find(PSMemberInfoCollection<PSPropertyInfo> properties)
            {
                var found = properties[_names[_lastFound]];
                if (found != null) return found;
                for (var i = 0; i < _names.Length; i++)
                {
                    if (i == _lastFound) continue;
                    found = properties[_names[i]];
                    if (found == null) continue;
                    _lastFound = i;
                    return found;
                }
                return null;
            }
        }
    }
}
