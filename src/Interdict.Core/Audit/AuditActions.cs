namespace Interdict.Core.Audit;

/// <summary>The names of audited actions, as stored in <see cref="AuditRecord.Action"/>.</summary>
public static class AuditActions
{
    /// <summary>One party screened.</summary>
    public const string Screen = "screen";
    /// <summary>A batch of parties screened.</summary>
    public const string ScreenBatch = "screen.batch";
    /// <summary>A file of parties screened by the CLI (<c>interdict screen --input</c>): the input's and the output's
    /// SHA-256 and the counts; the results themselves are in the output file.</summary>
    public const string ScreenFile = "screen.file";
    /// <summary>A batch file accepted for screening in the background (<c>POST /v1/batches</c>): the input's SHA-256,
    /// the options and the batch's id; its output, once read whole, is recorded as <see cref="ScreenFile"/>.</summary>
    public const string BatchSubmit = "batch.submit";
    /// <summary>A batch file's stored rows and output dropped (<c>DELETE /v1/batches/{id}</c>).</summary>
    public const string BatchRemove = "batch.remove";
    /// <summary>A text screened for every listed name inside it.</summary>
    public const string ScreenText = "screen.text";
    /// <summary>Payment messages screened (one request, file, folder or stream): each message's answer, with the list
    /// and rulebook versions used.</summary>
    public const string PaymentsScreen = "payments.screen";
    /// <summary>One trade or payment checked against the rulebook.</summary>
    public const string Check = "check";
    /// <summary>A batch of checks.</summary>
    public const string CheckBatch = "check.batch";
    /// <summary>A list version imported.</summary>
    public const string ListImport = "list.import";
    /// <summary>A list version imported before its date came into force: customers were re-screened against it then.</summary>
    public const string ListInForce = "list.in_force";
    /// <summary>A list version refused (malformed, implausible, or shrinking the list in force unconfirmed); nothing changed.</summary>
    public const string ListImportRefused = "list.import.refused";
    /// <summary>A customer created.</summary>
    public const string CustomerCreate = "customer.create";
    /// <summary>A customer changed.</summary>
    public const string CustomerUpdate = "customer.update";
    /// <summary>Customers imported in bulk.</summary>
    public const string CustomerImport = "customer.import";
    /// <summary>Every customer screened again against the lists in force.</summary>
    public const string CustomerRescreen = "customer.rescreen";
    /// <summary>An alert raised.</summary>
    public const string AlertRaise = "alert.raise";
    /// <summary>An analyst proposed a decision.</summary>
    public const string AlertPropose = "alert.propose";
    /// <summary>A supervisor confirmed a proposal.</summary>
    public const string AlertConfirm = "alert.confirm";
    /// <summary>A supervisor rejected a proposal.</summary>
    public const string AlertReject = "alert.reject";
    /// <summary>Undecided alerts marked because their entry left the list.</summary>
    public const string AlertDelisted = "alert.delisted";
    /// <summary>Payment alerts raised for held and reviewed messages.</summary>
    public const string PaymentAlertRaise = "payment_alert.raise";
    /// <summary>An analyst proposed to release or reject a payment.</summary>
    public const string PaymentAlertPropose = "payment_alert.propose";
    /// <summary>A supervisor confirmed a payment's release or rejection.</summary>
    public const string PaymentAlertConfirm = "payment_alert.confirm";
    /// <summary>A supervisor declined a proposal on a payment: the alert is open again.</summary>
    public const string PaymentAlertDecline = "payment_alert.decline";
    /// <summary>An API key created.</summary>
    public const string KeyCreate = "key.create";
    /// <summary>An API key revoked.</summary>
    public const string KeyRevoke = "key.revoke";
}
