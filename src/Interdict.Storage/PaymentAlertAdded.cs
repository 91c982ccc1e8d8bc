using Interdict.Core.Alerts;

namespace Interdict.Storage;

/// <summary>A payment alert handed to <see cref="IPaymentAlertStore.AddAsync"/>, as stored.</summary>
/// <param name="Alert">The stored alert: the new one, or the one the same message raised before.</param>
/// <param name="New">True when this call stored it.</param>
public sealed record PaymentAlertAdded(PaymentAlert Alert, bool New);
