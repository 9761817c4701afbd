package nl.aanwezig.admin;

/**
 * A created account, or one whose password was reset.
 *
 * @param oneTimePassword the generated password, to hand over once; {@code null} when the admin chose one
 */
public record NewAccount(AccountInfo account, String oneTimePassword) {

    @Override
    public String toString() {
        return "NewAccount[" + account + "]";
    }
}
