package nl.aanwezig.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAccounts extends JpaRepository<StaffAccount, String> {

    List<StaffAccount> findByRoleAndSchoolId(Role role, Long schoolId);

    List<StaffAccount> findAllByOrderByUsername();
}
