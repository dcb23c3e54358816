using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace SmartGift.Commands
{
    /// <summary>
    /// Binds a piped object's properties to a command's [RowColumn] parameters, by parameter name or
    /// alias, case-insensitively, converting values to text as PowerShell's binder does. A column
    /// given on the command line wins for every record; any other column not on the object is null.
    /// </summary>
    internal sealed class RowColumnBinder
    {
        private static readonly Dictionary<Type, RowColumnBinder> Cache = new Dictionary<Type, RowColumnBinder>();
        private readonly PropertyInfo[] _columns;
        private readonly Dictionary<string, PropertyInfo> _byName = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);

        private RowColumnBinder(Type commandType)
        {
            _columns = commandType.GetProperties().Where(p => p.IsDefined(typeof(RowColumnAttribute), inherit: true)).ToArray();
            foreach (var column in _columns)
            {
                _byName[column.Name] = column;
                foreach (var alias in column.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)) _byName[alias] = column;
            }
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
            foreach (var column in _columns)
            {
                if (!fromCommandLine.Contains(column.Name)) column.SetValue(command, null);
            }
            foreach (var property in input.Properties)
            {
                if (!_byName.TryGetValue(property.Name, out var column) || fromCommandLine.Contains(column.Name)) continue;
                column.SetValue(command, Text(property.Value));
            }
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            string text => text,
            _ => LanguagePrimitives.ConvertTo<string>(value),
        };
    }
}
