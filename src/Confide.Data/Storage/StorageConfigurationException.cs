namespace Confide.Data.Storage;

/// <summary>Configuration that cannot work, with a message that says what to set.</summary>
public sealed class StorageConfigurationException : Exception
{
    public StorageConfigurationException(string message) : base(message)
    {
    }

    public StorageConfigurationException(string message, Exception inner) : base(message, inner)
    {
    }

    public StorageConfigurationException()
    {
    }
}
