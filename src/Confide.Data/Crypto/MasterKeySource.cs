using Confide.Data.Storage;

namespace Confide.Data.Crypto;

/// <summary>Loads the master key from the environment/configuration, or from the key file (created on first use).</summary>
public static class MasterKeySource
{
    /// <summary>Loads the configured master key; creates the key file when neither it nor a key value exists.</summary>
    public static LocalKeyEncryptionKey Load(StorageOptions options, out bool created)
    {
        ArgumentNullException.ThrowIfNull(options);
        created = false;
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return Parse(options.MasterKey, "Confide:MasterKey");
        }

        var path = Path.GetFullPath(options.MasterKeyFile);
        if (File.Exists(path))
        {
            return Parse(File.ReadAllText(path), path);
        }

        // A missing key file beside retired ones means the configuration points at the wrong file after a
        // rotation: a fresh key would make every family unreadable, so refuse rather than create one.
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, Path.GetFileName(path) + ".retired-*").Any())
        {
            throw new StorageConfigurationException(
                $"There is no master key at {path}, but retired keys lie beside it: the key was rotated. Point Confide:MasterKeyFile at the current key file.");
        }

        var key = LocalKeyEncryptionKey.Generate();
        Write(path, key);
        created = true;
        return key;
    }

    /// <summary>Writes a key file readable by its owner only.</summary>
    public static void Write(string path, LocalKeyEncryptionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.WriteLine(key.ToBase64());
    }

    /// <summary>Parses a base64 master key, naming where it came from when it is malformed.</summary>
    public static LocalKeyEncryptionKey Parse(string base64, string source)
    {
        ArgumentNullException.ThrowIfNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new StorageConfigurationException($"The master key in {source} is not base64 text.", ex);
        }

        return bytes.Length == 32
            ? new LocalKeyEncryptionKey(bytes)
            : throw new StorageConfigurationException($"The master key in {source} is {bytes.Length} bytes; it must be 32 bytes (base64 of 256 random bits).");
    }
}
