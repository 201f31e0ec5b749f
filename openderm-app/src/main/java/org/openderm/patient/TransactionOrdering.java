package org.openderm.patient;

import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Puts transactions outermost (order 0), so that the {@link PatientData} hook (order 100) runs
 * inside the service method's transaction and its audit row commits or rolls back with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(order = 0)
class TransactionOrdering {}
